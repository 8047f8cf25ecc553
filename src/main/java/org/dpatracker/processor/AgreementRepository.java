package org.dpatracker.processor;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.jooq.impl.DSL.row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    private static final Field<List<ProcessingLocation>> PROCESSOR_LOCATIONS = LocationRepository.locationsWhere(
            PROCESSING_LOCATION.AGREEMENT_ID.eq(AGREEMENT.ID).and(PROCESSING_LOCATION.SUBPROCESSOR_ID.isNull()));

    private final DSLContext dsl;
    private final LocationRepository locations;

    AgreementRepository(DSLContext dsl, LocationRepository locations) {
        this.dsl = dsl;
        this.locations = locations;
    }

    Optional<Agreement> findById(long agreementId) {
        return fetch(AGREEMENT.ID.eq(agreementId), 1).stream().findFirst();
    }

    /** Up to {@code limit} agreements with an id above {@code afterId}, in order of id. */
    List<Agreement> findAfter(long afterId, int limit) {
        return fetch(AGREEMENT.ID.gt(afterId), limit);
    }

    private List<Agreement> fetch(Condition condition, int limit) {
        return dsl.select(
                        AGREEMENT.ID,
                        AGREEMENT.VERSION,
                        AGREEMENT.CONTROLLER_ID,
                        AGREEMENT.PROCESSOR_ID,
                        AGREEMENT.STATUS,
                        AGREEMENT.NEXT_REVIEW,
                        row(
                                        AGREEMENT.SUBJECT_MATTER,
                                        AGREEMENT.SERVICES,
                                        AGREEMENT.NATURE,
                                        AGREEMENT.PURPOSES,
                                        AGREEMENT.DATA_SUBJECTS,
                                        AGREEMENT.PERSONAL_DATA,
                                        AGREEMENT.SPECIAL_CATEGORIES,
                                        AGREEMENT.SPECIAL_SAFEGUARDS,
                                        AGREEMENT.DURATION)
                                .mapping(ProcessingDescription::new),
                        row(
                                        AGREEMENT.DOCUMENT_TITLE,
                                        AGREEMENT.DOCUMENT_VERSION,
                                        AGREEMENT.SIGNED_ON,
                                        AGREEMENT.SIGNED_BY,
                                        AGREEMENT.VALID_FROM,
                                        AGREEMENT.VALID_UNTIL,
                                        AGREEMENT.TERM_AND_TERMINATION,
                                        AGREEMENT.SIGNED_COPY_LOCATION)
                                .mapping(AgreementDocument::new),
                        row(
                                        AGREEMENT.AUTHORISATION,
                                        AGREEMENT.NOTICE_PERIOD_DAYS,
                                        AGREEMENT.OBJECTION_PERIOD_DAYS,
                                        AGREEMENT.SUBPROCESSOR_DELIMITATION)
                                .mapping(SubprocessorTerms::new),
                        AGREEMENT.OWN_PURPOSE_USE,
                        AGREEMENT.OWN_PURPOSE_CLAUSE,
                        AGREEMENT.SOURCE,
                        PROCESSOR_LOCATIONS,
                        AGREEMENT.RELATIONSHIP,
                        row(
                                        AGREEMENT.JOINT_RESPONSIBILITIES,
                                        AGREEMENT.JOINT_CONTACT_POINT,
                                        AGREEMENT.JOINT_ESSENCE_AVAILABLE)
                                .mapping(JointArrangement::new))
                .from(AGREEMENT)
                .where(condition)
                .orderBy(AGREEMENT.ID)
                .limit(limit)
                .fetch(Records.mapping(Agreement::new));
    }

    long insert(Agreement agreement) {
        long id = dsl.insertInto(AGREEMENT)
                .set(values(agreement))
                .set(AGREEMENT.VERSION, 0)
                .returningResult(AGREEMENT.ID)
                .fetchSingle(AGREEMENT.ID);
        locations.replace(id, null, agreement.locations());
        return id;
    }

    boolean update(Agreement agreement) {
        int updated = dsl.update(AGREEMENT)
                .set(values(agreement))
                .set(AGREEMENT.VERSION, AGREEMENT.VERSION.plus(1))
                .where(AGREEMENT.ID.eq(agreement.id()).and(AGREEMENT.VERSION.eq(agreement.version())))
                .execute();
        if (updated == 1) {
            locations.replace(agreement.id(), null, agreement.locations());
        }
        return updated == 1;
    }

    private static Map<Field<?>, Object> values(Agreement a) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        ProcessingDescription p = a.processing();
        AgreementDocument d = a.document();
        values.put(AGREEMENT.CONTROLLER_ID, a.controllerId());
        values.put(AGREEMENT.PROCESSOR_ID, a.processorId());
        values.put(AGREEMENT.STATUS, a.status());
        values.put(AGREEMENT.NEXT_REVIEW, a.nextReview());
        values.put(AGREEMENT.SUBJECT_MATTER, p.subjectMatter());
        values.put(AGREEMENT.SERVICES, p.services());
        values.put(AGREEMENT.NATURE, p.nature());
        values.put(AGREEMENT.PURPOSES, p.purposes());
        values.put(AGREEMENT.DATA_SUBJECTS, p.dataSubjects());
        values.put(AGREEMENT.PERSONAL_DATA, p.personalData());
        values.put(AGREEMENT.SPECIAL_CATEGORIES, p.specialCategories());
        values.put(AGREEMENT.SPECIAL_SAFEGUARDS, p.specialSafeguards());
        values.put(AGREEMENT.DURATION, p.duration());
        values.put(AGREEMENT.DOCUMENT_TITLE, d.title());
        values.put(AGREEMENT.DOCUMENT_VERSION, d.version());
        values.put(AGREEMENT.SIGNED_ON, d.signedOn());
        values.put(AGREEMENT.SIGNED_BY, d.signedBy());
        values.put(AGREEMENT.VALID_FROM, d.validFrom());
        values.put(AGREEMENT.VALID_UNTIL, d.validUntil());
        values.put(AGREEMENT.TERM_AND_TERMINATION, d.termAndTermination());
        values.put(AGREEMENT.SIGNED_COPY_LOCATION, d.signedCopyLocation());
        values.put(AGREEMENT.AUTHORISATION, a.subprocessorTerms().authorisation());
        values.put(AGREEMENT.NOTICE_PERIOD_DAYS, a.subprocessorTerms().noticePeriodDays());
        values.put(AGREEMENT.OBJECTION_PERIOD_DAYS, a.subprocessorTerms().objectionPeriodDays());
        values.put(AGREEMENT.SUBPROCESSOR_DELIMITATION, a.subprocessorTerms().delimitation());
        values.put(AGREEMENT.OWN_PURPOSE_USE, a.ownPurposeUse());
        values.put(AGREEMENT.OWN_PURPOSE_CLAUSE, a.ownPurposeClause());
        values.put(AGREEMENT.SOURCE, a.source());
        values.put(AGREEMENT.RELATIONSHIP, a.relationship());
        values.put(AGREEMENT.JOINT_RESPONSIBILITIES, a.jointArrangement().responsibilities());
        values.put(AGREEMENT.JOINT_CONTACT_POINT, a.jointArrangement().contactPoint());
        values.put(AGREEMENT.JOINT_ESSENCE_AVAILABLE, a.jointArrangement().essenceAvailable());
        return values;
    }
}
