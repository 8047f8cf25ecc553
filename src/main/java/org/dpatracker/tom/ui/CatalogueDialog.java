package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;

/** Adds a catalogue of measures with a stable code and names in both languages. */
class CatalogueDialog extends FormDialog {

    CatalogueDialog(TomCatalogueService catalogues, Consumer<TomCatalogue> saved) {
        setHeaderTitle(getTranslation("tom.catalogue.add"));
        CatalogueForm form = new CatalogueForm();
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(
                                () -> catalogues.addCatalogue(entered.code(), entered.name()),
                                form,
                                "tom.catalogue.saved",
                                entered.nameEn()))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("catalogue-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
