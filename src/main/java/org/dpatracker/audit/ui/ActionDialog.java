package org.dpatracker.audit.ui;

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
        addSaveButton("action-save", form, form::read, audits::saveAction, "audit.action.saved", stored -> saved.run());
        setWidth("40rem");
    }
}
