package org.dpatracker.audit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.CostBearer;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of what a contract says about audits. Public, as are its entered values, for the Binder to
 * read and build them.
 */
public class AuditRightsForm extends EntryForm<AuditRightsForm.Entered> {

    /** What the user enters for the audit rights. */
    public record Entered(
            boolean onSite,
            boolean extraAfterIncidents,
            Integer maxAudits,
            AuditPeriod period,
            Integer noticeDays,
            CostBearer costBearer,
            boolean acceptsCertificates,
            boolean acceptsCodesOfConduct,
            boolean acceptsCertification,
            boolean acceptsThirdPartyReports,
            Integer intervalMonths,
            String clauseReference) {

        static Entered of(AuditRights r) {
            return new Entered(
                    r.onSite(),
                    r.extraAfterIncidents(),
                    r.maxAudits(),
                    r.period(),
                    r.noticeDays(),
                    r.costBearer(),
                    r.acceptsCertificates(),
                    r.acceptsCodesOfConduct(),
                    r.acceptsCertification(),
                    r.acceptsThirdPartyReports(),
                    r.intervalMonths(),
                    r.clauseReference());
        }
    }

    private final AuditRights original;

    /** Edits {@code original}, the rights as recorded (or not recorded yet). */
    AuditRightsForm(AuditRights original) {
        super(Entered.class);
        this.original = original;
        Checkbox onSite = new Checkbox(getTranslation("audit.on-site"));
        IntegerField max = new IntegerField(getTranslation("audit.max-count"));
        max.setMin(1);
        max.setI18n(
                new IntegerField.IntegerFieldI18n().setMinErrorMessage(getTranslation("audit.validation.max-audits")));
        max.setId("audit-max");
        ComboBox<AuditPeriod> period = new ComboBox<>(getTranslation("audit.period"), AuditPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("audit.period." + p.name()));
        period.setClearButtonVisible(true);
        period.setId("audit-period");
        IntegerField notice = new IntegerField(getTranslation("audit.notice-days"));
        ComboBox<CostBearer> cost = new ComboBox<>(getTranslation("audit.cost-bearer"), CostBearer.values());
        cost.setItemLabelGenerator(c -> getTranslation("audit.cost." + c.name()));
        cost.setClearButtonVisible(true);
        Checkbox certificates = new Checkbox(getTranslation("audit.accepts.certificates"));
        Checkbox codes = new Checkbox(getTranslation("audit.accepts.codes"));
        Checkbox certification = new Checkbox(getTranslation("audit.accepts.certification"));
        Checkbox reports = new Checkbox(getTranslation("audit.accepts.reports"));
        Checkbox extra = new Checkbox(getTranslation("audit.extra-after-incidents"));
        IntegerField interval = new IntegerField(getTranslation("audit.interval"));
        interval.setHelperText(getTranslation("audit.interval-help"));
        TextField clause = new TextField(getTranslation("audit.clause"));

        bind("onSite", onSite);
        bind("extraAfterIncidents", extra);
        bind("maxAudits", max);
        bind("period", period);
        bind("noticeDays", notice);
        bind("costBearer", cost);
        bind("acceptsCertificates", certificates);
        bind("acceptsCodesOfConduct", codes);
        bind("acceptsCertification", certification);
        bind("acceptsThirdPartyReports", reports);
        bind("intervalMonths", interval);
        text("clauseReference", clause);
        load(Entered.of(original));

        add(onSite, extra, max, period, notice, cost, certificates, codes, certification, reports, interval, clause);
    }

    /** The rights as entered, or empty while a field is invalid (the field then says why). */
    Optional<AuditRights> read() {
        return entered()
                .map(e -> new AuditRights(
                        original.agreementId(),
                        e.onSite(),
                        e.maxAudits(),
                        e.period(),
                        e.noticeDays(),
                        e.costBearer(),
                        e.acceptsCertificates(),
                        e.acceptsCodesOfConduct(),
                        e.acceptsCertification(),
                        e.acceptsThirdPartyReports(),
                        e.extraAfterIncidents(),
                        e.intervalMonths(),
                        e.clauseReference(),
                        original.version()));
    }
}
