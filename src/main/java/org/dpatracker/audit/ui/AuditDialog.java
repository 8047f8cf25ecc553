package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditKind;
import org.dpatracker.audit.AuditService;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.security.CurrentUser;

/** Plans an audit or records one performed; {@code audit} null for a new one. */
class AuditDialog extends FormDialog {

    AuditDialog(AuditService audits, long agreementId, Audit audit, Runnable saved) {
        setHeaderTitle(getTranslation(audit == null ? "audit.record" : "audit.edit"));
        Select<AuditKind> kind = new Select<>();
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("audit.kind." + k.name()));
        kind.setValue(audit == null ? AuditKind.ON_SITE : audit.kind());
        kind.setId("audit-kind");
        DatePicker planned =
                new DatePicker(getTranslation("audit.planned-on"), audit == null ? null : audit.plannedOn());
        planned.setId("audit-planned");
        DatePicker performed =
                new DatePicker(getTranslation("audit.performed"), audit == null ? null : audit.performedOn());
        performed.setId("audit-performed");
        DatePicker noticeGiven =
                new DatePicker(getTranslation("audit.notice-given"), audit == null ? null : audit.noticeGivenOn());
        TextField auditor = new TextField(getTranslation("audit.auditor"));
        auditor.setValue(
                audit == null
                        ? CurrentUser.principal().map(p -> p.displayName()).orElse("")
                        : audit.auditor());
        auditor.setId("audit-auditor");
        TextArea scope = new TextArea(getTranslation("audit.scope"));
        scope.setValue(audit == null || audit.scope() == null ? "" : audit.scope());
        scope.setId("audit-scope");
        TextArea result = new TextArea(getTranslation("audit.result"));
        result.setValue(audit == null || audit.result() == null ? "" : audit.result());
        Checkbox afterIncident =
                new Checkbox(getTranslation("audit.after-incident"), audit != null && audit.afterIncident());
        afterIncident.setId("audit-after-incident");
        FormLayout form = new FormLayout(kind, auditor, planned, performed, noticeGiven, afterIncident, scope, result);
        form.setColspan(scope, 2);
        form.setColspan(result, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> audits.saveAudit(new Audit(
                                    audit == null ? null : audit.id(),
                                    audit == null ? 0 : audit.version(),
                                    agreementId,
                                    kind.getValue(),
                                    planned.getValue(),
                                    performed.getValue(),
                                    noticeGiven.getValue(),
                                    auditor.getValue(),
                                    scope.getValue(),
                                    result.getValue(),
                                    null,
                                    afterIncident.getValue())),
                            "audit.saved")
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("audit-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
