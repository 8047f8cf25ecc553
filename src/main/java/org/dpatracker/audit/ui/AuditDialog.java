package org.dpatracker.audit.ui;

import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;

/** Plans an audit or records one performed; {@code audit} null for a new one. */
class AuditDialog extends FormDialog {

    AuditDialog(AuditService audits, long agreementId, Audit audit, Runnable saved) {
        setHeaderTitle(getTranslation(audit == null ? "audit.record" : "audit.edit"));
        AuditForm form = new AuditForm(agreementId, audit);
        add(form);
        addSaveButton("audit-save", form, form::read, audits::saveAudit, "audit.saved", stored -> saved.run());
        setWidth("44rem");
    }
}
