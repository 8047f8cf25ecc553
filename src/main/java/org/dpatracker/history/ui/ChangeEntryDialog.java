package org.dpatracker.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeText;

/** One history entry in full: who, when, every changed value, and its hashes. */
class ChangeEntryDialog extends Dialog {

    ChangeEntryDialog(ChangeEntry entry) {
        ChangeText text = HistoryTexts.current();
        setHeaderTitle(getTranslation("history.entry", entry.seq()));
        add(new Paragraph(text.when(entry.changedAt()) + " · " + entry.changedBy() + " · "
                + text.entity(entry.entity()) + " " + text.entityId(entry.entity(), entry.entityId()) + " · "
                + text.operation(entry.operation())));
        UnorderedList changes = new UnorderedList();
        text.changes(entry).forEach(change -> changes.add(new ListItem(change)));
        add(changes);
        Paragraph hashes = new Paragraph(getTranslation("history.hash", entry.hash(), entry.previousHash()));
        hashes.addClassName("history-state");
        add(hashes);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setMaxWidth("48rem");
        setWidth("100%");
    }
}
