package org.dpatracker.tom.ui;

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
        addSaveButton(
                "measure-save",
                form,
                form::read,
                catalogues::saveMeasure,
                "tom.measure.saved",
                entered -> entered.name().en(),
                saved);
        setWidth("44rem");
    }
}
