package org.dpatracker.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.CostBearer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;

/** Records what the contract says about audits. */
class AuditRightsDialog extends FormDialog {

    AuditRightsDialog(AuditService audits, AuditRights rights, Runnable saved) {
        setHeaderTitle(getTranslation("audit.rights"));
        Checkbox onSite = new Checkbox(getTranslation("audit.on-site"), rights.onSite());
        IntegerField max = new IntegerField(getTranslation("audit.max-count"));
        max.setValue(rights.maxAudits());
        max.setMin(1);
        ComboBox<AuditPeriod> period = new ComboBox<>(getTranslation("audit.period"), AuditPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("audit.period." + p.name()));
        period.setValue(rights.period());
        period.setClearButtonVisible(true);
        IntegerField notice = new IntegerField(getTranslation("audit.notice-days"));
        notice.setValue(rights.noticeDays());
        ComboBox<CostBearer> cost = new ComboBox<>(getTranslation("audit.cost-bearer"), CostBearer.values());
        cost.setItemLabelGenerator(c -> getTranslation("audit.cost." + c.name()));
        cost.setValue(rights.costBearer());
        cost.setClearButtonVisible(true);
        Checkbox certificates =
                new Checkbox(getTranslation("audit.accepts.certificates"), rights.acceptsCertificates());
        Checkbox codes = new Checkbox(getTranslation("audit.accepts.codes"), rights.acceptsCodesOfConduct());
        Checkbox certification =
                new Checkbox(getTranslation("audit.accepts.certification"), rights.acceptsCertification());
        Checkbox reports = new Checkbox(getTranslation("audit.accepts.reports"), rights.acceptsThirdPartyReports());
        Checkbox extra = new Checkbox(getTranslation("audit.extra-after-incidents"), rights.extraAfterIncidents());
        IntegerField interval = new IntegerField(getTranslation("audit.interval"));
        interval.setValue(rights.intervalMonths());
        interval.setHelperText(getTranslation("audit.interval-help"));
        TextField clause = new TextField(getTranslation("audit.clause"));
        clause.setValue(rights.clauseReference() == null ? "" : rights.clauseReference());
        FormLayout form = new FormLayout(
                onSite,
                extra,
                max,
                period,
                notice,
                cost,
                certificates,
                codes,
                certification,
                reports,
                interval,
                clause);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> audits.saveRights(new AuditRights(
                                    rights.agreementId(),
                                    onSite.getValue(),
                                    max.getValue(),
                                    period.getValue(),
                                    notice.getValue(),
                                    cost.getValue(),
                                    certificates.getValue(),
                                    codes.getValue(),
                                    certification.getValue(),
                                    reports.getValue(),
                                    extra.getValue(),
                                    interval.getValue(),
                                    clause.getValue().isBlank()
                                            ? null
                                            : clause.getValue().trim(),
                                    rights.version())),
                            "audit.rights.saved")
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("audit-rights-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
