package org.dpatracker.tom.ui;

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
        addSaveButton(
                "catalogue-save",
                form,
                form::read,
                entered -> catalogues.addCatalogue(entered.code(), entered.name()),
                "tom.catalogue.saved",
                entered -> entered.nameEn(),
                saved);
        setWidth("40rem");
    }
}
