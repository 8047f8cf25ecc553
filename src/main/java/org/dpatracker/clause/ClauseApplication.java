package org.dpatracker.clause;

import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.CostBearer;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.evidence.Document;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.SubprocessorTerms;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.springframework.stereotype.Component;

/**
 * Fills an accepted value into the register through the services that own it (and record its history):
 * the Art. 28(3) checklist, the sub-processor terms and own-purpose use of the agreement, the breach duty,
 * the audit rights and the retention rules. Each entry's clause reference names the document and page.
 * Targets the register has no field for (locations, transfers, deletion, liability) are kept as accepted
 * findings only; the result then is null.
 */
@Component
class ClauseApplication {

    private final ContractCheckService checks;
    private final AgreementService agreements;
    private final BreachService breaches;
    private final AuditService audits;
    private final RetentionService retention;

    ClauseApplication(
            ContractCheckService checks,
            AgreementService agreements,
            BreachService breaches,
            AuditService audits,
            RetentionService retention) {
        this.checks = checks;
        this.agreements = agreements;
        this.breaches = breaches;
        this.audits = audits;
        this.retention = retention;
    }

    /** Fills the value in and says what it filled, e.g. "contract-check:INSTRUCTIONS". */
    String apply(StoredFinding finding, String value, Document source) {
        long agreementId = finding.agreementId();
        String reference = SourceReference.of(source, finding.page());
        ClauseTarget target = finding.target();
        if (target.category() == ClauseCategory.ART28_POINTS) {
            ContractPoint point = ContractPoint.valueOf(target.name());
            ContractCheck current = checks.ofAgreement(agreementId).stream()
                    .filter(c -> c.point() == point)
                    .findFirst()
                    .orElseThrow();
            checks.save(new ContractCheck(
                    agreementId,
                    point,
                    PointStatus.PRESENT,
                    reference,
                    SourceReference.shortened(finding.quote(), 2000),
                    current.version()));
            return "contract-check:" + point.name();
        }
        return switch (target) {
            case AUTHORISATION, NOTICE_DAYS, OBJECTION_DAYS -> subprocessorTerms(agreementId, target, value);
            case OWN_PURPOSE_USE -> ownPurpose(agreementId, finding, reference);
            case BREACH_HOURS, BREACH_WORDING -> breachDuty(agreementId, target, value, reference);
            case AUDIT_FREQUENCY, AUDIT_NOTICE_DAYS, AUDIT_COSTS, AUDIT_CERTIFICATES ->
                auditRights(agreementId, target, value, reference);
            case RETENTION_DAYS -> retentionRule(agreementId, finding, value, reference);
            default -> null;
        };
    }

    private String subprocessorTerms(long agreementId, ClauseTarget target, String value) {
        var agreement = agreements.detail(agreementId).orElseThrow().agreement();
        SubprocessorTerms terms = agreement.subprocessorTerms();
        SubprocessorTerms changed = switch (target) {
            case AUTHORISATION ->
                new SubprocessorTerms(
                        Authorisation.valueOf(value),
                        terms.noticePeriodDays(),
                        terms.objectionPeriodDays(),
                        terms.delimitation());
            case NOTICE_DAYS ->
                new SubprocessorTerms(
                        terms.authorisation(),
                        Integer.valueOf(value),
                        terms.objectionPeriodDays(),
                        terms.delimitation());
            default ->
                new SubprocessorTerms(
                        terms.authorisation(), terms.noticePeriodDays(), Integer.valueOf(value), terms.delimitation());
        };
        agreements.save(agreement.withSubprocessorTerms(changed));
        return "agreement:subprocessor-terms";
    }

    private String ownPurpose(long agreementId, StoredFinding finding, String reference) {
        var agreement = agreements.detail(agreementId).orElseThrow().agreement();
        agreements.save(
                agreement.withOwnPurposeUse(SourceReference.shortened(reference + ": " + finding.quote(), 2000)));
        return "agreement:own-purpose-use";
    }

    private String breachDuty(long agreementId, ClauseTarget target, String value, String reference) {
        BreachDuty d = breaches.dutyOf(agreementId);
        boolean hours = target == ClauseTarget.BREACH_HOURS;
        breaches.saveDuty(new BreachDuty(
                agreementId,
                hours ? Integer.valueOf(value) : d.noticeHours(),
                hours ? d.noticeWording() : value,
                d.channel(),
                d.contact(),
                d.requiredContents(),
                d.supportsController(),
                d.mayNotify(),
                reference,
                d.version(),
                d.onlyWhenNotifiable()));
        return "breach-duty:" + (hours ? "noticeHours" : "noticeWording");
    }

    private String auditRights(long agreementId, ClauseTarget target, String value, String reference) {
        AuditRights r = audits.rightsOf(agreementId);
        Integer maxAudits = r.maxAudits();
        AuditPeriod period = r.period();
        if (target == ClauseTarget.AUDIT_FREQUENCY) {
            Matcher m = AppliedValues.FREQUENCY.matcher(value.toLowerCase(Locale.ROOT));
            m.matches();
            maxAudits = Integer.valueOf(m.group(1));
            period = m.group(2).equals("calendar year") ? AuditPeriod.CALENDAR_YEAR : AuditPeriod.TWELVE_MONTHS;
        }
        audits.saveRights(new AuditRights(
                agreementId,
                r.onSite(),
                maxAudits,
                period,
                target == ClauseTarget.AUDIT_NOTICE_DAYS ? Integer.valueOf(value) : r.noticeDays(),
                target == ClauseTarget.AUDIT_COSTS
                        ? CostBearer.valueOf(value.toUpperCase(Locale.ROOT))
                        : r.costBearer(),
                target == ClauseTarget.AUDIT_CERTIFICATES || r.acceptsCertificates(),
                r.acceptsCodesOfConduct(),
                r.acceptsCertification(),
                r.acceptsThirdPartyReports(),
                r.extraAfterIncidents(),
                r.intervalMonths(),
                reference,
                r.version()));
        return "audit-rights:" + target.name();
    }

    private String retentionRule(long agreementId, StoredFinding finding, String value, String reference) {
        RetentionRule saved = retention.saveRule(new RetentionRule(
                null,
                0,
                agreementId,
                "Backups and copies",
                null,
                RetentionTrigger.END_OF_CONTRACT,
                null,
                SourceReference.shortened(finding.quote(), 2000),
                null,
                Period.ofDays(Integer.parseInt(value)),
                false,
                null,
                SourceReference.shortened(reference, 500)));
        return "retention-rule:" + saved.id();
    }
}
