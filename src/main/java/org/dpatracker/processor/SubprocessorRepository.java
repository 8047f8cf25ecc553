package org.dpatracker.processor;

import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;

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
class SubprocessorRepository {

    private static final Field<List<ProcessingLocation>> LOCATIONS =
            LocationRepository.locationsWhere(PROCESSING_LOCATION.SUBPROCESSOR_ID.eq(SUBPROCESSOR.ID));

    private final DSLContext dsl;
    private final LocationRepository locations;

    SubprocessorRepository(DSLContext dsl, LocationRepository locations) {
        this.dsl = dsl;
        this.locations = locations;
    }

    List<Subprocessor> findByAgreement(long agreementId) {
        return fetch(LOCATIONS, SUBPROCESSOR.AGREEMENT_ID.eq(agreementId));
    }

    Optional<Subprocessor> findById(long id) {
        return fetch(LOCATIONS, SUBPROCESSOR.ID.eq(id)).stream().findFirst();
    }

    /** Up to {@code limit} subprocessors with an id above {@code afterId}, in order of id, removed ones too. */
    List<Subprocessor> findAfter(long afterId, int limit) {
        return fetch(LOCATIONS, SUBPROCESSOR.ID.gt(afterId), limit);
    }

    /** The day each of these subprocessors was taken off its agreement, for those that were. */
    Map<Long, java.time.LocalDate> removalDays(java.util.Collection<Long> ids) {
        return dsl.select(SUBPROCESSOR.ID, SUBPROCESSOR.REMOVED_ON)
                .from(SUBPROCESSOR)
                .where(SUBPROCESSOR.ID.in(ids).and(SUBPROCESSOR.REMOVED_ON.isNotNull()))
                .fetchMap(SUBPROCESSOR.ID, SUBPROCESSOR.REMOVED_ON);
    }

    long insert(Subprocessor s) {
        long id = dsl.insertInto(SUBPROCESSOR)
                .set(SUBPROCESSOR.AGREEMENT_ID, s.agreementId())
                .set(values(s))
                .set(SUBPROCESSOR.VERSION, 0)
                .returningResult(SUBPROCESSOR.ID)
                .fetchSingle(SUBPROCESSOR.ID);
        locations.replace(s.agreementId(), id, s.locations());
        return id;
    }

    boolean update(Subprocessor s) {
        int updated = dsl.update(SUBPROCESSOR)
                .set(values(s))
                .set(SUBPROCESSOR.VERSION, SUBPROCESSOR.VERSION.plus(1))
                .where(SUBPROCESSOR.ID.eq(s.id()).and(SUBPROCESSOR.VERSION.eq(s.version())))
                .execute();
        if (updated == 1) {
            locations.replace(s.agreementId(), s.id(), s.locations());
        }
        return updated == 1;
    }

    /** Marks the subprocessor removed from the given day on, if nobody changed it since {@code version}. */
    boolean remove(long id, int version, java.time.LocalDate removedOn) {
        return dsl.update(SUBPROCESSOR)
                        .set(SUBPROCESSOR.APPROVAL, ApprovalState.REMOVED)
                        .set(SUBPROCESSOR.REMOVED_ON, removedOn)
                        .set(SUBPROCESSOR.VERSION, SUBPROCESSOR.VERSION.plus(1))
                        .where(SUBPROCESSOR.ID.eq(id).and(SUBPROCESSOR.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** The subprocessors an agreement had on the given day: added by then, not yet removed, never objected to. */
    List<Subprocessor> findAsOf(long agreementId, java.time.LocalDate day) {
        Field<List<ProcessingLocation>> locationsThen =
                LocationRepository.locationsOn(PROCESSING_LOCATION.SUBPROCESSOR_ID.eq(SUBPROCESSOR.ID), day);
        return fetch(
                locationsThen,
                SUBPROCESSOR
                        .AGREEMENT_ID
                        .eq(agreementId)
                        .and(SUBPROCESSOR.ADDED_ON.isNull().or(SUBPROCESSOR.ADDED_ON.le(day)))
                        .and(SUBPROCESSOR.REMOVED_ON.isNull().or(SUBPROCESSOR.REMOVED_ON.gt(day)))
                        .and(SUBPROCESSOR.APPROVAL.ne(ApprovalState.OBJECTED))
                        .and(SUBPROCESSOR.APPROVAL.ne(ApprovalState.REMOVED).or(SUBPROCESSOR.REMOVED_ON.isNotNull())));
    }

    private static Map<Field<?>, Object> values(Subprocessor s) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(SUBPROCESSOR.PARENT_ID, s.parentId());
        values.put(SUBPROCESSOR.ORGANISATION_ID, s.organisationId());
        values.put(SUBPROCESSOR.SERVICE, s.service());
        values.put(SUBPROCESSOR.AFFILIATE, s.affiliate());
        values.put(SUBPROCESSOR.ADDED_ON, s.addedOn());
        values.put(SUBPROCESSOR.APPROVAL, s.approval());
        return values;
    }

    /** The subprocessors the condition selects, each with the locations {@code locations} selects. */
    private List<Subprocessor> fetch(Field<List<ProcessingLocation>> locations, Condition condition) {
        return fetch(locations, condition, Integer.MAX_VALUE);
    }

    private List<Subprocessor> fetch(Field<List<ProcessingLocation>> locations, Condition condition, int limit) {
        return dsl.select(
                        SUBPROCESSOR.ID,
                        SUBPROCESSOR.VERSION,
                        SUBPROCESSOR.AGREEMENT_ID,
                        SUBPROCESSOR.PARENT_ID,
                        SUBPROCESSOR.ORGANISATION_ID,
                        SUBPROCESSOR.SERVICE,
                        SUBPROCESSOR.AFFILIATE,
                        SUBPROCESSOR.ADDED_ON,
                        SUBPROCESSOR.APPROVAL,
                        locations)
                .from(SUBPROCESSOR)
                .where(condition)
                .orderBy(SUBPROCESSOR.ID)
                .limit(limit)
                .fetch(Records.mapping(Subprocessor::new));
    }
}
