package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Severity;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;

/** Records what an audit found. */
class FindingDialog extends FormDialog {

    FindingDialog(AuditService audits, Audit audit, Runnable saved) {
        setHeaderTitle(getTranslation("audit.finding.add"));
        TextArea description = new TextArea(getTranslation("audit.finding"));
        description.setId("finding-description");
        description.setWidthFull();
        Select<Severity> severity = new Select<>();
        severity.setLabel(getTranslation("audit.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("severity." + s.name()));
        severity.setValue(Severity.MEDIUM);
        severity.setId("finding-severity");
        FormLayout form = new FormLayout(description, severity);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> audits.addFinding(audit.id(), description.getValue(), severity.getValue()),
                            "audit.finding.saved")
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("finding-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
