package org.dpatracker.breach;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.BREACH;
import static org.dpatracker.db.Tables.BREACH_DUTY;
import static org.dpatracker.db.Tables.BREACH_FOLLOW_UP;
import static org.dpatracker.db.Tables.ORGANISATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class BreachRepository {

    private final DSLContext dsl;

    BreachRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<BreachDuty> findDuty(long agreementId) {
        return findDuties(BREACH_DUTY.AGREEMENT_ID.eq(agreementId), 1).stream().findFirst();
    }

    /** Up to {@code limit} agreements' breach duties with an agreement id above {@code afterId}, in that order. */
    List<BreachDuty> findDutiesAfter(long afterId, int limit) {
        return findDuties(BREACH_DUTY.AGREEMENT_ID.gt(afterId), limit);
    }

    private List<BreachDuty> findDuties(Condition condition, int limit) {
        return dsl.selectFrom(BREACH_DUTY)
                .where(condition)
                .orderBy(BREACH_DUTY.AGREEMENT_ID)
                .limit(limit)
                .fetch(r -> new BreachDuty(
                        r.getAgreementId(),
                        r.getNoticeHours(),
                        r.getNoticeWording(),
                        r.getChannel(),
                        r.getContact(),
                        r.getRequiredContents(),
                        r.getSupportsController(),
                        r.getMayNotify(),
                        r.getClauseReference(),
                        r.getVersion(),
                        r.getOnlyWhenNotifiable()));
    }

    void insertDuty(BreachDuty d) {
        dsl.insertInto(BREACH_DUTY)
                .set(BREACH_DUTY.AGREEMENT_ID, d.agreementId())
                .set(dutyValues(d))
                .execute();
    }

    boolean updateDuty(BreachDuty d) {
        return dsl.update(BREACH_DUTY)
                        .set(dutyValues(d))
                        .set(BREACH_DUTY.VERSION, BREACH_DUTY.VERSION.plus(1))
                        .where(BREACH_DUTY.AGREEMENT_ID.eq(d.agreementId()).and(BREACH_DUTY.VERSION.eq(d.version())))
                        .execute()
                == 1;
    }

    boolean agreementExists(long agreementId) {
        return dsl.fetchExists(AGREEMENT, AGREEMENT.ID.eq(agreementId));
    }

    String processorName(long agreementId) {
        return dsl.select(ORGANISATION.NAME)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(AGREEMENT.ID.eq(agreementId))
                .fetchOne(ORGANISATION.NAME);
    }

    List<Breach> findAll() {
        return find(DSL.trueCondition());
    }

    List<Breach> findOpen() {
        return find(BREACH.CLOSED_ON.isNull());
    }

    Optional<Breach> findById(long id) {
        return find(BREACH.ID.eq(id)).stream().findFirst();
    }

    long insert(Breach b) {
        return dsl.insertInto(BREACH).set(values(b)).returningResult(BREACH.ID).fetchSingle(BREACH.ID);
    }

    boolean update(Breach b) {
        return dsl.update(BREACH)
                        .set(values(b))
                        .set(BREACH.VERSION, BREACH.VERSION.plus(1))
                        .where(BREACH.ID.eq(b.id()).and(BREACH.VERSION.eq(b.version())))
                        .execute()
                == 1;
    }

    void insertFollowUp(FollowUp f) {
        dsl.insertInto(BREACH_FOLLOW_UP)
                .set(BREACH_FOLLOW_UP.BREACH_ID, f.breachId())
                .set(BREACH_FOLLOW_UP.SENT_AT, f.sentAt())
                .set(BREACH_FOLLOW_UP.RECIPIENT, f.recipient())
                .set(BREACH_FOLLOW_UP.CONTENT, f.content())
                .execute();
    }

    private List<Breach> find(Condition condition) {
        var rows = dsl.selectFrom(BREACH)
                .where(condition)
                .orderBy(BREACH.AWARE_AT.desc(), BREACH.ID.desc())
                .fetch();
        Map<Long, List<FollowUp>> followUps = dsl.selectFrom(BREACH_FOLLOW_UP)
                .where(BREACH_FOLLOW_UP.BREACH_ID.in(rows.getValues(BREACH.ID)))
                .orderBy(BREACH_FOLLOW_UP.SENT_AT, BREACH_FOLLOW_UP.ID)
                .fetchGroups(
                        BREACH_FOLLOW_UP.BREACH_ID,
                        r -> new FollowUp(r.getId(), r.getBreachId(), r.getSentAt(), r.getRecipient(), r.getContent()));
        return rows.map(r -> new Breach(
                r.getId(),
                r.getVersion(),
                r.getAgreementId(),
                r.getSubprocessorId(),
                r.getProcessingActivities(),
                r.getNature(),
                r.getDetectedAt(),
                r.getProcessorNotifiedAt(),
                r.getAwareAt(),
                r.getSubjectCategories(),
                r.getSubjectCount(),
                r.getDataCategories(),
                r.getRecordCount(),
                r.getConsequences(),
                r.getMeasures(),
                r.getContactPoint(),
                r.getRisk(),
                r.getAuthorityNotifiedAt(),
                r.getAuthority(),
                r.getAuthorityReference(),
                r.getDelayReasons(),
                r.getSubjectsInformedAt(),
                r.getSubjectsExemption(),
                r.getClosedOn(),
                followUps.getOrDefault(r.getId(), List.of()),
                r.getSubjectsInformedVia()));
    }

    private static Map<Field<?>, Object> values(Breach b) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(BREACH.AGREEMENT_ID, b.agreementId());
        values.put(BREACH.SUBPROCESSOR_ID, b.subprocessorId());
        values.put(BREACH.PROCESSING_ACTIVITIES, b.processingActivities());
        values.put(BREACH.NATURE, b.nature());
        values.put(BREACH.DETECTED_AT, b.detectedAt());
        values.put(BREACH.PROCESSOR_NOTIFIED_AT, b.processorNotifiedAt());
        values.put(BREACH.AWARE_AT, b.awareAt());
        values.put(BREACH.SUBJECT_CATEGORIES, b.subjectCategories());
        values.put(BREACH.SUBJECT_COUNT, b.subjectCount());
        values.put(BREACH.DATA_CATEGORIES, b.dataCategories());
        values.put(BREACH.RECORD_COUNT, b.recordCount());
        values.put(BREACH.CONSEQUENCES, b.consequences());
        values.put(BREACH.MEASURES, b.measures());
        values.put(BREACH.CONTACT_POINT, b.contactPoint());
        values.put(BREACH.RISK, b.risk());
        values.put(BREACH.AUTHORITY_NOTIFIED_AT, b.authorityNotifiedAt());
        values.put(BREACH.AUTHORITY, b.authority());
        values.put(BREACH.AUTHORITY_REFERENCE, b.authorityReference());
        values.put(BREACH.DELAY_REASONS, b.delayReasons());
        values.put(BREACH.SUBJECTS_INFORMED_AT, b.subjectsInformedAt());
        values.put(BREACH.SUBJECTS_EXEMPTION, b.subjectsExemption());
        values.put(BREACH.SUBJECTS_INFORMED_VIA, b.subjectsInformedVia());
        values.put(BREACH.CLOSED_ON, b.closedOn());
        return values;
    }

    private static Map<Field<?>, Object> dutyValues(BreachDuty d) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(BREACH_DUTY.NOTICE_HOURS, d.noticeHours());
        values.put(BREACH_DUTY.NOTICE_WORDING, d.noticeWording());
        values.put(BREACH_DUTY.CHANNEL, d.channel());
        values.put(BREACH_DUTY.CONTACT, d.contact());
        values.put(BREACH_DUTY.REQUIRED_CONTENTS, d.requiredContents());
        values.put(BREACH_DUTY.SUPPORTS_CONTROLLER, d.supportsController());
        values.put(BREACH_DUTY.MAY_NOTIFY, d.mayNotify());
        values.put(BREACH_DUTY.CLAUSE_REFERENCE, d.clauseReference());
        values.put(BREACH_DUTY.ONLY_WHEN_NOTIFIABLE, d.onlyWhenNotifiable());
        return values;
    }
}
