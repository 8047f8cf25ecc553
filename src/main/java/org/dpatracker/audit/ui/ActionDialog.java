package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.RemediationAction;
import org.dpatracker.core.ui.FormDialog;

/** Adds a remediation action to a finding, or records its progress; {@code action} null for a new one. */
class ActionDialog extends FormDialog {

    ActionDialog(AuditService audits, Finding finding, RemediationAction action, Runnable saved) {
        setHeaderTitle(getTranslation(action == null ? "audit.action.add" : "audit.action.edit"));
        ActionForm form = new ActionForm(finding, action);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> audits.saveAction(entered), form, "audit.action.saved"))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("action-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
