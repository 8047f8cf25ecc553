package org.dpatracker.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.StateDiff;

/** One history entry in full: who, when, every changed value, and its hashes. */
class ChangeEntryDialog extends Dialog {

    ChangeEntryDialog(ChangeEntry entry) {
        setHeaderTitle(getTranslation("history.entry", entry.seq()));
        add(new Paragraph(ClientTime.format(entry.changedAt()) + " · " + entry.changedBy() + " · "
                + getTranslation("entity." + entry.entity()) + " " + entry.entityId() + " · "
                + getTranslation("history.operation." + entry.operation().name())));
        UnorderedList changes = new UnorderedList();
        StateDiff.between(entry.beforeState(), entry.afterState())
                .forEach(change -> changes.add(new ListItem(change.toString())));
        add(changes);
        Paragraph hashes = new Paragraph(getTranslation("history.hash", entry.hash(), entry.previousHash()));
        hashes.addClassName("history-state");
        add(hashes);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        setWidth("48rem");
    }
}
