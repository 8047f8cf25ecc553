package org.dpatracker.audit.ui;

import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;

/** Records what the contract says about audits. */
class AuditRightsDialog extends FormDialog {

    AuditRightsDialog(AuditService audits, AuditRights rights, Runnable saved) {
        setHeaderTitle(getTranslation("audit.rights"));
        AuditRightsForm form = new AuditRightsForm(rights);
        add(form);
        addSaveButton(
                "audit-rights-save", form, form::read, audits::saveRights, "audit.rights.saved", stored -> saved.run());
        setWidth("44rem");
    }
}
