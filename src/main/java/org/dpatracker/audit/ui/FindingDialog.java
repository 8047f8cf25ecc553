package org.dpatracker.audit.ui;

import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;

/** Records what an audit found. */
class FindingDialog extends FormDialog {

    FindingDialog(AuditService audits, Audit audit, Runnable saved) {
        setHeaderTitle(getTranslation("audit.finding.add"));
        FindingForm form = new FindingForm();
        add(form);
        addSaveButton(
                "finding-save",
                form,
                form::read,
                entered -> audits.addFinding(audit.id(), entered.description(), entered.severity()),
                "audit.finding.saved",
                stored -> saved.run());
        setWidth("40rem");
    }
}
