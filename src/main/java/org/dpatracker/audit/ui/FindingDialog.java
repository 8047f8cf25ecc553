package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;

/** Records what an audit found. */
class FindingDialog extends FormDialog {

    FindingDialog(AuditService audits, Audit audit, Runnable saved) {
        setHeaderTitle(getTranslation("audit.finding.add"));
        FindingForm form = new FindingForm();
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(
                                () -> audits.addFinding(audit.id(), entered.description(), entered.severity()),
                                form,
                                "audit.finding.saved"))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("finding-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
