package org.dpatracker.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.history.KeyedWrite;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit rights per agreement (Art. 28(3)(h) GDPR), audits with findings and remediation actions,
 * and the audit calendar that follows from them. The DPO records the rights; auditors and the DPO
 * record audits, findings and actions; everyone with register access reads.
 */
@Service
public class AuditService {

    static final String RIGHTS = "audit-rights";
    static final String AUDIT = "audit";
    static final String FINDING = "audit-finding";
    static final String ACTION = "remediation-action";

    private final AuditRepository repository;
    private final ChangeRecorder history;
    private final Clock clock;

    AuditService(AuditRepository repository, ChangeRecorder history, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public AuditRights rightsOf(long agreementId) {
        return repository.findRights(agreementId).orElse(AuditRights.unrecorded(agreementId));
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public AuditRights saveRights(AuditRights input) {
        new Validation()
                .require(repository.agreement(input.agreementId()).isPresent(), "agreementId", "validation.required")
                .require(
                        input.maxAudits() == null || (input.maxAudits() >= 1 && input.maxAudits() <= 52),
                        "maxAudits",
                        "audit.validation.max-audits")
                .require((input.maxAudits() == null) == (input.period() == null), "period", "audit.validation.period")
                .require(
                        input.noticeDays() == null || (input.noticeDays() >= 0 && input.noticeDays() <= 365),
                        "noticeDays",
                        "validation.days")
                .require(
                        input.intervalMonths() == null
                                || (input.intervalMonths() >= 1 && input.intervalMonths() <= 120),
                        "intervalMonths",
                        "audit.validation.interval")
                .require(
                        input.clauseReference() == null
                                || input.clauseReference().length() <= 200,
                        "clauseReference",
                        "validation.too-long",
                        200)
                .throwIfInvalid();
        return history.save(
                RIGHTS,
                input.agreementId(),
                repository.findRights(input.agreementId()),
                input.isNew(),
                new KeyedWrite<>(
                        () -> repository.insertRights(input),
                        () -> repository.updateRights(input),
                        () -> rightsOf(input.agreementId()),
                        AuditRights::historyState));
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Audit> auditsOf(long agreementId) {
        return repository.auditsOf(agreementId);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public AuditCalendar calendarOf(long agreementId) {
        AuditRepository.AgreementRef agreement =
                repository.agreement(agreementId).orElseThrow();
        return AuditSchedule.of(rightsOf(agreementId), repository.auditsOf(agreementId), agreement.signedOn(), today());
    }

    /** Every agreement's audit calendar, overdue ones first. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<AuditOverview> overview() {
        LocalDate today = today();
        List<AuditRepository.AgreementRef> refs = repository.agreements();
        Map<Long, AuditRights> rights = repository.findRights(
                refs.stream().map(AuditRepository.AgreementRef::id).toList());
        Map<Long, List<Audit>> audits = repository.findAudits(org.jooq.impl.DSL.trueCondition()).stream()
                .collect(Collectors.groupingBy(Audit::agreementId));
        Map<Long, List<OpenAction>> actions =
                repository.openActions(null).stream().collect(Collectors.groupingBy(OpenAction::agreementId));
        return refs.stream()
                .map(ref -> {
                    AuditRights agreed = rights.getOrDefault(ref.id(), AuditRights.unrecorded(ref.id()));
                    List<OpenAction> open = actions.getOrDefault(ref.id(), List.of());
                    return new AuditOverview(
                            ref.id(),
                            ref.processorName(),
                            !agreed.isNew(),
                            AuditSchedule.of(agreed, audits.getOrDefault(ref.id(), List.of()), ref.signedOn(), today),
                            open.size(),
                            (int) open.stream()
                                    .filter(a -> a.action().overdueOn(today))
                                    .count());
                })
                .sorted(java.util.Comparator.comparing(
                        (AuditOverview o) -> !o.calendar().overdue() && o.overdueActions() == 0))
                .toList();
    }

    /** Remediation actions not done yet across the register, earliest due first. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<OpenAction> openActions() {
        return repository.openActions(null);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public int countOverdueActions() {
        return repository.openActions(today()).size();
    }

    /** Plans an audit or records one performed ({@code id} null), or saves changes to it. */
    @RolesAllowed(Permission.Names.AUDITS_RECORD)
    @Transactional
    public Audit saveAudit(Audit input) {
        LocalDate today = today();
        Validation validation = new Validation()
                .require(repository.agreement(input.agreementId()).isPresent(), "agreementId", "validation.required")
                .require(input.kind() != null, "kind", "validation.required")
                .require(input.plannedOn() != null || input.performedOn() != null, "plannedOn", "audit.validation.date")
                .require(
                        input.performedOn() == null || !input.performedOn().isAfter(today),
                        "performedOn",
                        "audit.validation.performed-future")
                .require(
                        input.noticeGivenOn() == null || !input.noticeGivenOn().isAfter(today),
                        "noticeGivenOn",
                        "audit.validation.notice-future");
        validation.requireText(input.auditor(), "auditor", 200);
        validation
                .require(input.scope() == null || input.scope().length() <= 2000, "scope", "validation.too-long", 2000)
                .require(
                        input.result() == null || input.result().length() <= 2000,
                        "result",
                        "validation.too-long",
                        2000)
                .throwIfInvalid();
        Audit audit = new Audit(
                input.id(),
                input.version(),
                input.agreementId(),
                input.kind(),
                input.plannedOn(),
                input.performedOn(),
                input.noticeGivenOn(),
                input.auditor().trim(),
                Strings.trimmedOrNull(input.scope()),
                Strings.trimmedOrNull(input.result()),
                List.of(),
                input.afterIncident());
        return history.save(
                AUDIT,
                input.id(),
                new IdWrite<>(
                        () -> repository.insertAudit(audit),
                        before -> {
                            new Validation()
                                    .require(
                                            before.agreementId() == input.agreementId(),
                                            "agreementId",
                                            "validation.required")
                                    .throwIfInvalid();
                            return repository.updateAudit(audit);
                        },
                        repository::findAudit,
                        Audit::historyState));
    }

    /** Records what a performed audit found. */
    @RolesAllowed(Permission.Names.AUDITS_RECORD)
    @Transactional
    public Finding addFinding(long auditId, String description, Severity severity) {
        Audit audit = repository.findAudit(auditId).orElse(null);
        Validation validation = new Validation()
                .require(audit != null, "auditId", "validation.required")
                .require(audit == null || audit.performed(), "auditId", "audit.validation.finding-unperformed")
                .require(severity != null, "severity", "validation.required");
        validation.requireText(description, "description", 2000);
        validation.throwIfInvalid();
        long id = repository.insertFinding(auditId, description.trim(), severity);
        Finding saved = repository.findFinding(id).orElseThrow();
        history.inserted(FINDING, id, saved.historyState());
        return saved;
    }

    /**
     * Adds a remediation action to a finding ({@code id} null) or saves its progress; done actions get a completion
     * date.
     */
    @RolesAllowed(Permission.Names.AUDITS_RECORD)
    @Transactional
    public RemediationAction saveAction(RemediationAction input) {
        Validation validation = new Validation()
                .require(repository.findFinding(input.findingId()).isPresent(), "findingId", "validation.required")
                .require(input.dueOn() != null, "dueOn", "validation.required")
                .require(input.status() != null, "status", "validation.required")
                .require(
                        input.completedOn() == null || !input.completedOn().isAfter(today()),
                        "completedOn",
                        "audit.validation.completed-future");
        validation.requireText(input.description(), "description", 2000);
        validation.requireText(input.owner(), "owner", 200);
        validation.throwIfInvalid();
        LocalDate completedOn = input.status() != ActionStatus.DONE
                ? null
                : input.completedOn() != null ? input.completedOn() : today();
        RemediationAction action = new RemediationAction(
                input.id(),
                input.version(),
                input.findingId(),
                input.description().trim(),
                input.owner().trim(),
                input.dueOn(),
                input.status(),
                completedOn);
        return history.save(
                ACTION,
                input.id(),
                new IdWrite<>(
                        () -> repository.insertAction(action),
                        before -> before.findingId() == input.findingId() && repository.updateAction(action),
                        repository::findAction,
                        RemediationAction::historyState));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
