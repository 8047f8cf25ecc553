package org.dpatracker.processor;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
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

    Optional<Agreement> findById(long id) {
        return dsl.select(AGREEMENT.fields())
                .select(PROCESSOR_LOCATIONS)
                .from(AGREEMENT)
                .where(AGREEMENT.ID.eq(id))
                .fetchOptional(AgreementRepository::toAgreement);
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
        values.put(AGREEMENT.STATUS, a.status().name());
        values.put(AGREEMENT.NEXT_REVIEW, a.nextReview());
        values.put(AGREEMENT.SUBJECT_MATTER, p.subjectMatter());
        values.put(AGREEMENT.SERVICES, p.services());
        values.put(AGREEMENT.NATURE, p.nature());
        values.put(AGREEMENT.PURPOSES, p.purposes());
        values.put(AGREEMENT.DATA_SUBJECTS, p.dataSubjects());
        values.put(AGREEMENT.PERSONAL_DATA, p.personalData());
        values.put(
                AGREEMENT.SPECIAL_CATEGORIES,
                p.specialCategories().isEmpty()
                        ? null
                        : p.specialCategories().stream()
                                .map(Enum::name)
                                .sorted()
                                .collect(Collectors.joining(",")));
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
        values.put(
                AGREEMENT.AUTHORISATION,
                a.subprocessorTerms().authorisation() == null
                        ? null
                        : a.subprocessorTerms().authorisation().name());
        values.put(AGREEMENT.NOTICE_PERIOD_DAYS, a.subprocessorTerms().noticePeriodDays());
        values.put(AGREEMENT.OBJECTION_PERIOD_DAYS, a.subprocessorTerms().objectionPeriodDays());
        values.put(AGREEMENT.SUBPROCESSOR_DELIMITATION, a.subprocessorTerms().delimitation());
        values.put(AGREEMENT.OWN_PURPOSE_USE, a.ownPurposeUse());
        values.put(AGREEMENT.OWN_PURPOSE_CLAUSE, a.ownPurposeClause());
        values.put(AGREEMENT.SOURCE, a.source());
        values.put(AGREEMENT.RELATIONSHIP, a.relationship().name());
        values.put(AGREEMENT.JOINT_RESPONSIBILITIES, a.jointArrangement().responsibilities());
        values.put(AGREEMENT.JOINT_CONTACT_POINT, a.jointArrangement().contactPoint());
        values.put(AGREEMENT.JOINT_ESSENCE_AVAILABLE, a.jointArrangement().essenceAvailable());
        return values;
    }

    private static Agreement toAgreement(Record r) {
        return new Agreement(
                r.get(AGREEMENT.ID),
                r.get(AGREEMENT.VERSION),
                r.get(AGREEMENT.CONTROLLER_ID),
                r.get(AGREEMENT.PROCESSOR_ID),
                AgreementStatus.valueOf(r.get(AGREEMENT.STATUS)),
                r.get(AGREEMENT.NEXT_REVIEW),
                new ProcessingDescription(
                        r.get(AGREEMENT.SUBJECT_MATTER),
                        r.get(AGREEMENT.SERVICES),
                        r.get(AGREEMENT.NATURE),
                        r.get(AGREEMENT.PURPOSES),
                        r.get(AGREEMENT.DATA_SUBJECTS),
                        r.get(AGREEMENT.PERSONAL_DATA),
                        specialCategories(r.get(AGREEMENT.SPECIAL_CATEGORIES)),
                        r.get(AGREEMENT.SPECIAL_SAFEGUARDS),
                        r.get(AGREEMENT.DURATION)),
                new AgreementDocument(
                        r.get(AGREEMENT.DOCUMENT_TITLE),
                        r.get(AGREEMENT.DOCUMENT_VERSION),
                        r.get(AGREEMENT.SIGNED_ON),
                        r.get(AGREEMENT.SIGNED_BY),
                        r.get(AGREEMENT.VALID_FROM),
                        r.get(AGREEMENT.VALID_UNTIL),
                        r.get(AGREEMENT.TERM_AND_TERMINATION),
                        r.get(AGREEMENT.SIGNED_COPY_LOCATION)),
                new SubprocessorTerms(
                        r.get(AGREEMENT.AUTHORISATION) == null
                                ? null
                                : Authorisation.valueOf(r.get(AGREEMENT.AUTHORISATION)),
                        r.get(AGREEMENT.NOTICE_PERIOD_DAYS),
                        r.get(AGREEMENT.OBJECTION_PERIOD_DAYS),
                        r.get(AGREEMENT.SUBPROCESSOR_DELIMITATION)),
                r.get(AGREEMENT.OWN_PURPOSE_USE),
                r.get(AGREEMENT.OWN_PURPOSE_CLAUSE),
                r.get(AGREEMENT.SOURCE),
                r.get(PROCESSOR_LOCATIONS),
                Relationship.valueOf(r.get(AGREEMENT.RELATIONSHIP)),
                new JointArrangement(
                        r.get(AGREEMENT.JOINT_RESPONSIBILITIES),
                        r.get(AGREEMENT.JOINT_CONTACT_POINT),
                        r.get(AGREEMENT.JOINT_ESSENCE_AVAILABLE)));
    }

    private static Set<SpecialCategory> specialCategories(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(SpecialCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SpecialCategory.class)));
    }
}
