package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.tom.Bilingual;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;

/** Adds a catalogue of measures with a stable code and names in both languages. */
class CatalogueDialog extends FormDialog {

    CatalogueDialog(TomCatalogueService catalogues, Consumer<TomCatalogue> saved) {
        setHeaderTitle(getTranslation("tom.catalogue.add"));
        TextField code = new TextField(getTranslation("tom.code"));
        code.setHelperText(getTranslation("tom.code-help"));
        TextField nameEn = new TextField(getTranslation("tom.name-en"));
        TextField nameDe = new TextField(getTranslation("tom.name-de"));
        add(new FormLayout(code, nameEn, nameDe));
        Button save = new Button(getTranslation("action.save"), click -> {
            Notifications.attempt(
                            this,
                            () -> catalogues.addCatalogue(
                                    code.getValue(), new Bilingual(nameEn.getValue(), nameDe.getValue())),
                            "tom.catalogue.saved",
                            nameEn.getValue())
                    .ifPresent(result -> {
                        close();
                        saved.accept(result);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
