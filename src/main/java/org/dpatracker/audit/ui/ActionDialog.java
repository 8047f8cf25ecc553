package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.audit.ActionStatus;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.RemediationAction;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;

/** Adds a remediation action to a finding, or records its progress; {@code action} null for a new one. */
class ActionDialog extends FormDialog {

    ActionDialog(AuditService audits, Finding finding, RemediationAction action, Runnable saved) {
        setHeaderTitle(getTranslation(action == null ? "audit.action.add" : "audit.action.edit"));
        TextArea description = new TextArea(getTranslation("audit.action"));
        description.setValue(action == null ? "" : action.description());
        description.setId("action-description");
        TextField owner = new TextField(getTranslation("audit.action.owner"));
        owner.setValue(action == null ? "" : action.owner());
        owner.setId("action-owner");
        DatePicker due = new DatePicker(getTranslation("audit.action.due"), action == null ? null : action.dueOn());
        due.setId("action-due");
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("audit.action.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("audit.action.status." + s.name()));
        status.setValue(action == null ? ActionStatus.OPEN : action.status());
        status.setId("action-status");
        DatePicker completed =
                new DatePicker(getTranslation("audit.action.completed"), action == null ? null : action.completedOn());
        FormLayout form = new FormLayout(description, owner, due, status, completed);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> audits.saveAction(new RemediationAction(
                                    action == null ? null : action.id(),
                                    action == null ? 0 : action.version(),
                                    finding.id(),
                                    description.getValue(),
                                    owner.getValue(),
                                    due.getValue(),
                                    status.getValue(),
                                    completed.getValue())),
                            "audit.action.saved")
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("action-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
