package org.dpatracker.retention;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.AGREEMENT_END;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.RETENTION_RULE;
import static org.jooq.impl.DSL.row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RetentionRepository {

    private static final SelectField<RetentionRule> RULE = row(
                    RETENTION_RULE.ID,
                    RETENTION_RULE.VERSION,
                    RETENTION_RULE.AGREEMENT_ID,
                    RETENTION_RULE.DATA_CATEGORY,
                    RETENTION_RULE.PERIOD.convertFrom(RetentionSchedule::parse),
                    RETENTION_RULE.RETENTION_TRIGGER,
                    RETENTION_RULE.CUSTOM_EVENT,
                    RETENTION_RULE.CRITERIA,
                    RETENTION_RULE.TRIGGER_DATE,
                    RETENTION_RULE.BACKUP_PERIOD.convertFrom(RetentionSchedule::parse),
                    RETENTION_RULE.LEGAL_HOLD,
                    RETENTION_RULE.LEGAL_HOLD_REASON,
                    RETENTION_RULE.SOURCE)
            .mapping(RetentionRule::new);

    private static final SelectField<AgreementEnd> END = row(
                    AGREEMENT_END.AGREEMENT_ID,
                    AGREEMENT_END.ENDED_ON,
                    AGREEMENT_END.CHOICE,
                    AGREEMENT_END.DUE_ON,
                    AGREEMENT_END.CONFIRMED_ON,
                    AGREEMENT_END.CERTIFICATE_DOCUMENT,
                    AGREEMENT_END.VERSION)
            .mapping(AgreementEnd::new);

    private final DSLContext dsl;

    RetentionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean agreementExists(long agreementId) {
        return dsl.fetchExists(AGREEMENT, AGREEMENT.ID.eq(agreementId));
    }

    Map<Long, String> processorNames() {
        return dsl.select(AGREEMENT.ID, ORGANISATION.NAME)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .fetchMap(AGREEMENT.ID, ORGANISATION.NAME);
    }

    List<RetentionRule> rulesOf(long agreementId) {
        return rules(RETENTION_RULE.AGREEMENT_ID.eq(agreementId));
    }

    List<RetentionRule> allRules() {
        return rules(DSL.trueCondition());
    }

    /** Up to {@code limit} rules with an id above {@code afterId}, in order of id. */
    List<RetentionRule> findRulesAfter(long afterId, int limit) {
        return dsl.select(RULE)
                .from(RETENTION_RULE)
                .where(RETENTION_RULE.ID.gt(afterId))
                .orderBy(RETENTION_RULE.ID)
                .limit(limit)
                .fetch(Record1::value1);
    }

    Optional<RetentionRule> findRule(long id) {
        return rules(RETENTION_RULE.ID.eq(id)).stream().findFirst();
    }

    long insertRule(RetentionRule r) {
        return dsl.insertInto(RETENTION_RULE)
                .set(ruleValues(r))
                .returningResult(RETENTION_RULE.ID)
                .fetchSingle(RETENTION_RULE.ID);
    }

    boolean updateRule(RetentionRule r) {
        return dsl.update(RETENTION_RULE)
                        .set(ruleValues(r))
                        .set(RETENTION_RULE.VERSION, RETENTION_RULE.VERSION.plus(1))
                        .where(RETENTION_RULE.ID.eq(r.id()).and(RETENTION_RULE.VERSION.eq(r.version())))
                        .execute()
                == 1;
    }

    boolean deleteRule(long id, int version) {
        return dsl.deleteFrom(RETENTION_RULE)
                        .where(RETENTION_RULE.ID.eq(id).and(RETENTION_RULE.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    Optional<AgreementEnd> findEnd(long agreementId) {
        return ends(AGREEMENT_END.AGREEMENT_ID.eq(agreementId)).stream().findFirst();
    }

    List<AgreementEnd> allEnds() {
        return ends(DSL.trueCondition());
    }

    void insertEnd(AgreementEnd e) {
        dsl.insertInto(AGREEMENT_END)
                .set(AGREEMENT_END.AGREEMENT_ID, e.agreementId())
                .set(endValues(e))
                .execute();
    }

    boolean updateEnd(AgreementEnd e) {
        return dsl.update(AGREEMENT_END)
                        .set(endValues(e))
                        .set(AGREEMENT_END.VERSION, AGREEMENT_END.VERSION.plus(1))
                        .where(AGREEMENT_END
                                .AGREEMENT_ID
                                .eq(e.agreementId())
                                .and(AGREEMENT_END.VERSION.eq(e.version())))
                        .execute()
                == 1;
    }

    private List<RetentionRule> rules(Condition condition) {
        return dsl.select(RULE)
                .from(RETENTION_RULE)
                .where(condition)
                .orderBy(RETENTION_RULE.AGREEMENT_ID, RETENTION_RULE.ID)
                .fetch(Record1::value1);
    }

    private List<AgreementEnd> ends(Condition condition) {
        return dsl.select(END).from(AGREEMENT_END).where(condition).fetch(Record1::value1);
    }

    private static Map<Field<?>, Object> ruleValues(RetentionRule r) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(RETENTION_RULE.AGREEMENT_ID, r.agreementId());
        values.put(RETENTION_RULE.DATA_CATEGORY, r.dataCategory());
        values.put(RETENTION_RULE.PERIOD, r.period() == null ? null : r.period().toString());
        values.put(RETENTION_RULE.RETENTION_TRIGGER, r.trigger());
        values.put(RETENTION_RULE.CUSTOM_EVENT, r.customEvent());
        values.put(RETENTION_RULE.CRITERIA, r.criteria());
        values.put(RETENTION_RULE.TRIGGER_DATE, r.triggerDate());
        values.put(
                RETENTION_RULE.BACKUP_PERIOD,
                r.backupPeriod() == null ? null : r.backupPeriod().toString());
        values.put(RETENTION_RULE.LEGAL_HOLD, r.legalHold());
        values.put(RETENTION_RULE.LEGAL_HOLD_REASON, r.legalHoldReason());
        values.put(RETENTION_RULE.SOURCE, r.source());
        return values;
    }

    private static Map<Field<?>, Object> endValues(AgreementEnd e) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(AGREEMENT_END.ENDED_ON, e.endedOn());
        values.put(AGREEMENT_END.CHOICE, e.choice());
        values.put(AGREEMENT_END.DUE_ON, e.dueOn());
        values.put(AGREEMENT_END.CONFIRMED_ON, e.confirmedOn());
        values.put(AGREEMENT_END.CERTIFICATE_DOCUMENT, e.certificateDocument());
        return values;
    }
}
