package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;

/** Plans an audit or records one performed; {@code audit} null for a new one. */
class AuditDialog extends FormDialog {

    AuditDialog(AuditService audits, long agreementId, Audit audit, Runnable saved) {
        setHeaderTitle(getTranslation(audit == null ? "audit.record" : "audit.edit"));
        AuditForm form = new AuditForm(agreementId, audit);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> audits.saveAudit(entered), form, "audit.saved"))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("audit-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
