package org.dpatracker.audit;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.AUDIT;
import static org.dpatracker.db.Tables.AUDIT_FINDING;
import static org.dpatracker.db.Tables.AUDIT_RIGHT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.REMEDIATION_ACTION;
import static org.jooq.impl.DSL.row;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final SelectField<AuditRights> RIGHTS = row(
                    AUDIT_RIGHT.AGREEMENT_ID,
                    AUDIT_RIGHT.ON_SITE,
                    AUDIT_RIGHT.MAX_AUDITS,
                    AUDIT_RIGHT.AUDIT_PERIOD,
                    AUDIT_RIGHT.NOTICE_DAYS,
                    AUDIT_RIGHT.COST_BEARER,
                    AUDIT_RIGHT.ACCEPTS_CERTIFICATES,
                    AUDIT_RIGHT.ACCEPTS_CODES_OF_CONDUCT,
                    AUDIT_RIGHT.ACCEPTS_CERTIFICATION,
                    AUDIT_RIGHT.ACCEPTS_THIRD_PARTY_REPORTS,
                    AUDIT_RIGHT.EXTRA_AFTER_INCIDENTS,
                    AUDIT_RIGHT.INTERVAL_MONTHS,
                    AUDIT_RIGHT.CLAUSE_REFERENCE,
                    AUDIT_RIGHT.VERSION)
            .mapping(AuditRights::new);

    private static final SelectField<RemediationAction> ACTION = row(
                    REMEDIATION_ACTION.ID,
                    REMEDIATION_ACTION.VERSION,
                    REMEDIATION_ACTION.FINDING_ID,
                    REMEDIATION_ACTION.DESCRIPTION,
                    REMEDIATION_ACTION.OWNER,
                    REMEDIATION_ACTION.DUE_ON,
                    REMEDIATION_ACTION.STATUS,
                    REMEDIATION_ACTION.COMPLETED_ON)
            .mapping(RemediationAction::new);

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<AuditRights> findRights(long agreementId) {
        return dsl.select(RIGHTS)
                .from(AUDIT_RIGHT)
                .where(AUDIT_RIGHT.AGREEMENT_ID.eq(agreementId))
                .fetchOptional(Record1::value1);
    }

    Map<Long, AuditRights> findRights(Collection<Long> agreementIds) {
        return dsl.select(AUDIT_RIGHT.AGREEMENT_ID, RIGHTS)
                .from(AUDIT_RIGHT)
                .where(AUDIT_RIGHT.AGREEMENT_ID.in(agreementIds))
                .fetchMap(Record2::value1, Record2::value2);
    }

    /** Up to {@code limit} agreements' audit rights with an agreement id above {@code afterId}, in that order. */
    List<AuditRights> findRightsAfter(long afterId, int limit) {
        return dsl.select(RIGHTS)
                .from(AUDIT_RIGHT)
                .where(AUDIT_RIGHT.AGREEMENT_ID.gt(afterId))
                .orderBy(AUDIT_RIGHT.AGREEMENT_ID)
                .limit(limit)
                .fetch(Record1::value1);
    }

    void insertRights(AuditRights r) {
        dsl.insertInto(AUDIT_RIGHT)
                .set(AUDIT_RIGHT.AGREEMENT_ID, r.agreementId())
                .set(rightsValues(r))
                .execute();
    }

    boolean updateRights(AuditRights r) {
        return dsl.update(AUDIT_RIGHT)
                        .set(rightsValues(r))
                        .set(AUDIT_RIGHT.VERSION, AUDIT_RIGHT.VERSION.plus(1))
                        .where(AUDIT_RIGHT.AGREEMENT_ID.eq(r.agreementId()).and(AUDIT_RIGHT.VERSION.eq(r.version())))
                        .execute()
                == 1;
    }

    /** The agreements' processors and signature dates, for the audit list across the register. */
    List<AgreementRef> agreements() {
        return agreements(org.jooq.impl.DSL.trueCondition());
    }

    Optional<AgreementRef> agreement(long agreementId) {
        return agreements(AGREEMENT.ID.eq(agreementId)).stream().findFirst();
    }

    List<Audit> findAudits(Condition condition) {
        var audits = dsl.selectFrom(AUDIT)
                .where(condition)
                .orderBy(AUDIT.PERFORMED_ON.desc().nullsFirst(), AUDIT.PLANNED_ON.desc(), AUDIT.ID.desc())
                .fetch();
        var findings = dsl.selectFrom(AUDIT_FINDING)
                .where(AUDIT_FINDING.AUDIT_ID.in(audits.getValues(AUDIT.ID)))
                .orderBy(AUDIT_FINDING.ID)
                .fetch();
        Map<Long, List<RemediationAction>> actions = dsl.select(REMEDIATION_ACTION.FINDING_ID, ACTION)
                .from(REMEDIATION_ACTION)
                .where(REMEDIATION_ACTION.FINDING_ID.in(findings.getValues(AUDIT_FINDING.ID)))
                .orderBy(REMEDIATION_ACTION.DUE_ON, REMEDIATION_ACTION.ID)
                .fetchGroups(Record2::value1, Record2::value2);
        Map<Long, List<Finding>> findingsByAudit = findings.intoGroups(AUDIT_FINDING.AUDIT_ID).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getValue()
                                .map(f -> new Finding(
                                        f.getId(),
                                        f.getVersion(),
                                        f.getAuditId(),
                                        f.getDescription(),
                                        f.getSeverity(),
                                        actions.getOrDefault(f.getId(), List.of())))));
        return audits.map(a -> new Audit(
                a.getId(),
                a.getVersion(),
                a.getAgreementId(),
                a.getKind(),
                a.getPlannedOn(),
                a.getPerformedOn(),
                a.getNoticeGivenOn(),
                a.getAuditor(),
                a.getScope(),
                a.getResult(),
                findingsByAudit.getOrDefault(a.getId(), List.of()),
                a.getAfterIncident()));
    }

    /** Up to {@code limit} audits with an id above {@code afterId}, in order of id. */
    List<Audit> findAuditsAfter(long afterId, int limit) {
        List<Long> ids = dsl.select(AUDIT.ID)
                .from(AUDIT)
                .where(AUDIT.ID.gt(afterId))
                .orderBy(AUDIT.ID)
                .limit(limit)
                .fetch(AUDIT.ID);
        return findAudits(AUDIT.ID.in(ids)).stream()
                .sorted(java.util.Comparator.comparing(Audit::id))
                .toList();
    }

    List<Audit> auditsOf(long agreementId) {
        return findAudits(AUDIT.AGREEMENT_ID.eq(agreementId));
    }

    Optional<Audit> findAudit(long id) {
        return findAudits(AUDIT.ID.eq(id)).stream().findFirst();
    }

    Optional<Finding> findFinding(long id) {
        return dsl.select(AUDIT_FINDING.AUDIT_ID)
                .from(AUDIT_FINDING)
                .where(AUDIT_FINDING.ID.eq(id))
                .fetchOptional(AUDIT_FINDING.AUDIT_ID)
                .flatMap(this::findAudit)
                .flatMap(audit ->
                        audit.findings().stream().filter(f -> f.id() == id).findFirst());
    }

    Optional<RemediationAction> findAction(long id) {
        return dsl.select(ACTION)
                .from(REMEDIATION_ACTION)
                .where(REMEDIATION_ACTION.ID.eq(id))
                .fetchOptional(Record1::value1);
    }

    long insertAudit(Audit a) {
        return dsl.insertInto(AUDIT)
                .set(AUDIT.AGREEMENT_ID, a.agreementId())
                .set(AUDIT.KIND, a.kind())
                .set(AUDIT.PLANNED_ON, a.plannedOn())
                .set(AUDIT.PERFORMED_ON, a.performedOn())
                .set(AUDIT.NOTICE_GIVEN_ON, a.noticeGivenOn())
                .set(AUDIT.AFTER_INCIDENT, a.afterIncident())
                .set(AUDIT.AUDITOR, a.auditor())
                .set(AUDIT.SCOPE, a.scope())
                .set(AUDIT.RESULT, a.result())
                .returningResult(AUDIT.ID)
                .fetchSingle(AUDIT.ID);
    }

    boolean updateAudit(Audit a) {
        return dsl.update(AUDIT)
                        .set(AUDIT.KIND, a.kind())
                        .set(AUDIT.PLANNED_ON, a.plannedOn())
                        .set(AUDIT.PERFORMED_ON, a.performedOn())
                        .set(AUDIT.NOTICE_GIVEN_ON, a.noticeGivenOn())
                        .set(AUDIT.AFTER_INCIDENT, a.afterIncident())
                        .set(AUDIT.AUDITOR, a.auditor())
                        .set(AUDIT.SCOPE, a.scope())
                        .set(AUDIT.RESULT, a.result())
                        .set(AUDIT.VERSION, AUDIT.VERSION.plus(1))
                        .where(AUDIT.ID.eq(a.id()).and(AUDIT.VERSION.eq(a.version())))
                        .execute()
                == 1;
    }

    long insertFinding(long auditId, String description, Severity severity) {
        return dsl.insertInto(AUDIT_FINDING)
                .set(AUDIT_FINDING.AUDIT_ID, auditId)
                .set(AUDIT_FINDING.DESCRIPTION, description)
                .set(AUDIT_FINDING.SEVERITY, severity)
                .returningResult(AUDIT_FINDING.ID)
                .fetchSingle(AUDIT_FINDING.ID);
    }

    long insertAction(RemediationAction a) {
        return dsl.insertInto(REMEDIATION_ACTION)
                .set(REMEDIATION_ACTION.FINDING_ID, a.findingId())
                .set(REMEDIATION_ACTION.DESCRIPTION, a.description())
                .set(REMEDIATION_ACTION.OWNER, a.owner())
                .set(REMEDIATION_ACTION.DUE_ON, a.dueOn())
                .set(REMEDIATION_ACTION.STATUS, a.status())
                .set(REMEDIATION_ACTION.COMPLETED_ON, a.completedOn())
                .returningResult(REMEDIATION_ACTION.ID)
                .fetchSingle(REMEDIATION_ACTION.ID);
    }

    boolean updateAction(RemediationAction a) {
        return dsl.update(REMEDIATION_ACTION)
                        .set(REMEDIATION_ACTION.DESCRIPTION, a.description())
                        .set(REMEDIATION_ACTION.OWNER, a.owner())
                        .set(REMEDIATION_ACTION.DUE_ON, a.dueOn())
                        .set(REMEDIATION_ACTION.STATUS, a.status())
                        .set(REMEDIATION_ACTION.COMPLETED_ON, a.completedOn())
                        .set(REMEDIATION_ACTION.VERSION, REMEDIATION_ACTION.VERSION.plus(1))
                        .where(REMEDIATION_ACTION.ID.eq(a.id()).and(REMEDIATION_ACTION.VERSION.eq(a.version())))
                        .execute()
                == 1;
    }

    /** Actions not done yet, with what they belong to, earliest due first. */
    List<OpenAction> openActions(LocalDate dueBefore) {
        return dsl.select(
                        ACTION,
                        AUDIT.AGREEMENT_ID,
                        ORGANISATION.NAME,
                        AUDIT_FINDING.DESCRIPTION,
                        AUDIT_FINDING.SEVERITY)
                .from(REMEDIATION_ACTION)
                .join(AUDIT_FINDING)
                .on(AUDIT_FINDING.ID.eq(REMEDIATION_ACTION.FINDING_ID))
                .join(AUDIT)
                .on(AUDIT.ID.eq(AUDIT_FINDING.AUDIT_ID))
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(AUDIT.AGREEMENT_ID))
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(REMEDIATION_ACTION.STATUS.ne(ActionStatus.DONE))
                .and(dueBefore == null ? org.jooq.impl.DSL.trueCondition() : REMEDIATION_ACTION.DUE_ON.lt(dueBefore))
                .orderBy(REMEDIATION_ACTION.DUE_ON, REMEDIATION_ACTION.ID)
                .fetch(Records.mapping(OpenAction::new));
    }

    private List<AgreementRef> agreements(Condition condition) {
        return dsl.select(AGREEMENT.ID, ORGANISATION.NAME, AGREEMENT.SIGNED_ON)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(condition)
                .orderBy(ORGANISATION.NAME, AGREEMENT.ID)
                .fetch(r -> new AgreementRef(r.value1(), r.value2(), r.value3()));
    }

    private static Map<org.jooq.Field<?>, Object> rightsValues(AuditRights r) {
        Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(AUDIT_RIGHT.ON_SITE, r.onSite());
        values.put(AUDIT_RIGHT.MAX_AUDITS, r.maxAudits());
        values.put(AUDIT_RIGHT.AUDIT_PERIOD, r.period());
        values.put(AUDIT_RIGHT.NOTICE_DAYS, r.noticeDays());
        values.put(AUDIT_RIGHT.COST_BEARER, r.costBearer());
        values.put(AUDIT_RIGHT.ACCEPTS_CERTIFICATES, r.acceptsCertificates());
        values.put(AUDIT_RIGHT.ACCEPTS_CODES_OF_CONDUCT, r.acceptsCodesOfConduct());
        values.put(AUDIT_RIGHT.ACCEPTS_CERTIFICATION, r.acceptsCertification());
        values.put(AUDIT_RIGHT.ACCEPTS_THIRD_PARTY_REPORTS, r.acceptsThirdPartyReports());
        values.put(AUDIT_RIGHT.EXTRA_AFTER_INCIDENTS, r.extraAfterIncidents());
        values.put(AUDIT_RIGHT.INTERVAL_MONTHS, r.intervalMonths());
        values.put(AUDIT_RIGHT.CLAUSE_REFERENCE, r.clauseReference());
        return values;
    }

    /** An agreement as the audit list needs it. */
    record AgreementRef(long id, String processorName, LocalDate signedOn) {}
}
