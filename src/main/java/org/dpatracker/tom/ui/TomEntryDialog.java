package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;

/** Edits one measure of a party's checklist; warns while the description is not concrete. */
class TomEntryDialog extends FormDialog {

    TomEntryDialog(TomChecklistService checklists, TomEntry entry, String measureName, Runnable saved) {
        setHeaderTitle(measureName);
        TomEntryForm form = new TomEntryForm(entry);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> checklists.saveEntry(entered), form, "tom.saved", measureName))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tom-entry-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
