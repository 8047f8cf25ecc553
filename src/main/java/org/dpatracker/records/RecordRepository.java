package org.dpatracker.records;

import static org.dpatracker.db.Tables.ACTIVITY_AGREEMENT;
import static org.dpatracker.db.Tables.PROCESSING_ACTIVITY;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RecordRepository {

    private final DSLContext dsl;

    RecordRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ProcessingActivity> find(RecordFilter filter) {
        Condition condition = DSL.trueCondition();
        if (filter.department() != null && !filter.department().isBlank()) {
            condition = condition.and(PROCESSING_ACTIVITY.DEPARTMENT.equalIgnoreCase(
                    filter.department().trim()));
        }
        if (filter.role() != null) {
            condition = condition.and(PROCESSING_ACTIVITY.RECORD_ROLE.eq(filter.role()));
        }
        if (filter.controllerId() != null) {
            condition = condition.and(PROCESSING_ACTIVITY.CONTROLLER_ID.eq(filter.controllerId()));
        }
        return select(condition);
    }

    List<ProcessingActivity> findAll() {
        return select(DSL.trueCondition());
    }

    Optional<ProcessingActivity> findById(long id) {
        return select(PROCESSING_ACTIVITY.ID.eq(id)).stream().findFirst();
    }

    List<String> departments() {
        return dsl.selectDistinct(PROCESSING_ACTIVITY.DEPARTMENT)
                .from(PROCESSING_ACTIVITY)
                .where(PROCESSING_ACTIVITY.DEPARTMENT.isNotNull())
                .orderBy(PROCESSING_ACTIVITY.DEPARTMENT)
                .fetch(PROCESSING_ACTIVITY.DEPARTMENT);
    }

    long insert(ProcessingActivity a) {
        long id = dsl.insertInto(PROCESSING_ACTIVITY)
                .set(values(a))
                .returningResult(PROCESSING_ACTIVITY.ID)
                .fetchSingle(PROCESSING_ACTIVITY.ID);
        link(id, a.agreementIds());
        return id;
    }

    boolean update(ProcessingActivity a) {
        boolean updated = dsl.update(PROCESSING_ACTIVITY)
                        .set(values(a))
                        .set(PROCESSING_ACTIVITY.VERSION, PROCESSING_ACTIVITY.VERSION.plus(1))
                        .where(PROCESSING_ACTIVITY.ID.eq(a.id()).and(PROCESSING_ACTIVITY.VERSION.eq(a.version())))
                        .execute()
                == 1;
        if (updated) {
            dsl.deleteFrom(ACTIVITY_AGREEMENT)
                    .where(ACTIVITY_AGREEMENT.ACTIVITY_ID.eq(a.id()))
                    .execute();
            link(a.id(), a.agreementIds());
        }
        return updated;
    }

    private void link(long activityId, Collection<Long> agreementIds) {
        for (long agreementId : Set.copyOf(agreementIds)) {
            dsl.insertInto(ACTIVITY_AGREEMENT)
                    .set(ACTIVITY_AGREEMENT.ACTIVITY_ID, activityId)
                    .set(ACTIVITY_AGREEMENT.AGREEMENT_ID, agreementId)
                    .execute();
        }
    }

    private List<ProcessingActivity> select(Condition condition) {
        var rows = dsl.selectFrom(PROCESSING_ACTIVITY)
                .where(condition)
                .orderBy(PROCESSING_ACTIVITY.CONTROLLER_ID, PROCESSING_ACTIVITY.NAME, PROCESSING_ACTIVITY.ID)
                .fetch();
        Map<Long, List<Long>> links = dsl.selectFrom(ACTIVITY_AGREEMENT)
                .where(ACTIVITY_AGREEMENT.ACTIVITY_ID.in(rows.getValues(PROCESSING_ACTIVITY.ID)))
                .orderBy(ACTIVITY_AGREEMENT.AGREEMENT_ID)
                .fetchGroups(ACTIVITY_AGREEMENT.ACTIVITY_ID, ACTIVITY_AGREEMENT.AGREEMENT_ID);
        return rows.map(r -> new ProcessingActivity(
                r.getId(),
                r.getVersion(),
                r.getRecordRole(),
                r.getName(),
                r.getControllerId(),
                r.getServedControllerId(),
                r.getJointControllers(),
                r.getRepresentative(),
                r.getPurposes(),
                r.getLegalBases(),
                r.getLegalBasisNote(),
                r.getArt9Conditions(),
                r.getSpecialCategories(),
                r.getDataSubjects(),
                r.getPersonalData(),
                r.getOtherRecipients(),
                links.getOrDefault(r.getId(), List.of()),
                r.getArt49Documentation(),
                r.getErasure(),
                r.getSecurity(),
                r.getDpia(),
                r.getDpiaReference(),
                r.getDepartment(),
                r.getReviewDue(),
                r.getStatus(),
                r.getApprovedBy(),
                r.getApprovedOn(),
                r.getSource()));
    }

    private static Map<Field<?>, Object> values(ProcessingActivity a) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PROCESSING_ACTIVITY.RECORD_ROLE, a.role());
        values.put(PROCESSING_ACTIVITY.NAME, a.name());
        values.put(PROCESSING_ACTIVITY.CONTROLLER_ID, a.controllerId());
        values.put(PROCESSING_ACTIVITY.SERVED_CONTROLLER_ID, a.servedControllerId());
        values.put(PROCESSING_ACTIVITY.JOINT_CONTROLLERS, a.jointControllers());
        values.put(PROCESSING_ACTIVITY.REPRESENTATIVE, a.representative());
        values.put(PROCESSING_ACTIVITY.PURPOSES, a.purposes());
        values.put(PROCESSING_ACTIVITY.LEGAL_BASES, a.legalBases());
        values.put(PROCESSING_ACTIVITY.LEGAL_BASIS_NOTE, a.legalBasisNote());
        values.put(PROCESSING_ACTIVITY.ART9_CONDITIONS, a.art9Conditions());
        values.put(PROCESSING_ACTIVITY.SPECIAL_CATEGORIES, a.specialCategories());
        values.put(PROCESSING_ACTIVITY.DATA_SUBJECTS, a.dataSubjects());
        values.put(PROCESSING_ACTIVITY.PERSONAL_DATA, a.personalData());
        values.put(PROCESSING_ACTIVITY.OTHER_RECIPIENTS, a.otherRecipients());
        values.put(PROCESSING_ACTIVITY.ART49_DOCUMENTATION, a.art49Documentation());
        values.put(PROCESSING_ACTIVITY.ERASURE, a.erasure());
        values.put(PROCESSING_ACTIVITY.SECURITY, a.security());
        values.put(PROCESSING_ACTIVITY.DPIA, a.dpia());
        values.put(PROCESSING_ACTIVITY.DPIA_REFERENCE, a.dpiaReference());
        values.put(PROCESSING_ACTIVITY.DEPARTMENT, a.department());
        values.put(PROCESSING_ACTIVITY.REVIEW_DUE, a.reviewDue());
        values.put(PROCESSING_ACTIVITY.STATUS, a.status());
        values.put(PROCESSING_ACTIVITY.APPROVED_BY, a.approvedBy());
        values.put(PROCESSING_ACTIVITY.APPROVED_ON, a.approvedOn());
        values.put(PROCESSING_ACTIVITY.SOURCE, a.source());
        return values;
    }
}
