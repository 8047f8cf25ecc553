package org.dpatracker.tom.ui;

import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;

/** Edits one measure of a party's checklist; warns while the description is not concrete. */
class TomEntryDialog extends FormDialog {

    TomEntryDialog(TomChecklistService checklists, TomEntry entry, String measureName, Consumer<TomEntry> saved) {
        setHeaderTitle(measureName);
        TomEntryForm form = new TomEntryForm(entry);
        add(form);
        addSaveButton(
                "tom-entry-save", form, form::read, checklists::saveEntry, "tom.saved", entered -> measureName, saved);
        setWidth("44rem");
    }
}
