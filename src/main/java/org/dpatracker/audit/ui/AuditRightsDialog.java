package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;

/** Records what the contract says about audits. */
class AuditRightsDialog extends FormDialog {

    AuditRightsDialog(AuditService audits, AuditRights rights, Runnable saved) {
        setHeaderTitle(getTranslation("audit.rights"));
        AuditRightsForm form = new AuditRightsForm(rights);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> audits.saveRights(entered), form, "audit.rights.saved"))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("audit-rights-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
