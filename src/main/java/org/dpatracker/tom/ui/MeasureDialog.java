package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomMeasure;

/** Adds a measure to a catalogue ({@code measure} null) or corrects its labels; the code stays as it is. */
class MeasureDialog extends FormDialog {

    MeasureDialog(TomCatalogueService catalogues, long catalogueId, TomMeasure measure, Consumer<TomMeasure> saved) {
        setHeaderTitle(getTranslation(measure == null ? "tom.measure.add" : "tom.measure.edit"));
        MeasureForm form = new MeasureForm(catalogueId, measure);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(
                                () -> catalogues.saveMeasure(entered),
                                form,
                                "tom.measure.saved",
                                entered.name().en()))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("measure-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
