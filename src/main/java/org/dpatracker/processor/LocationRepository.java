package org.dpatracker.processor;

import static org.dpatracker.db.Tables.PROCESSING_LOCATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Processing locations of the processor (no subprocessor) and of each subprocessor. */
@Repository
class LocationRepository {

    /** Locations in force now; closed rows are history. */
    static final Condition CURRENT = PROCESSING_LOCATION.VALID_UNTIL.isNull();

    private final DSLContext dsl;
    private final Clock clock;

    LocationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The locations in force now that match the condition, as a nested collection of an outer query. */
    static Field<List<ProcessingLocation>> locationsWhere(Condition condition) {
        return locations(condition.and(CURRENT));
    }

    /** The locations that were in force on the given day. */
    static Field<List<ProcessingLocation>> locationsOn(Condition condition, LocalDate day) {
        return locations(condition
                .and(PROCESSING_LOCATION.VALID_FROM.isNull().or(PROCESSING_LOCATION.VALID_FROM.le(day)))
                .and(PROCESSING_LOCATION.VALID_UNTIL.isNull().or(PROCESSING_LOCATION.VALID_UNTIL.gt(day))));
    }

    private static Field<List<ProcessingLocation>> locations(Condition condition) {
        return DSL.multiset(DSL.select(
                                PROCESSING_LOCATION.ID,
                                PROCESSING_LOCATION.COUNTRY,
                                PROCESSING_LOCATION.REGION,
                                PROCESSING_LOCATION.MECHANISM,
                                PROCESSING_LOCATION.SCC_MODULE,
                                PROCESSING_LOCATION.DEROGATION,
                                PROCESSING_LOCATION.SAFEGUARDS_REFERENCE)
                        .from(PROCESSING_LOCATION)
                        .where(condition)
                        .orderBy(PROCESSING_LOCATION.ID))
                .convertFrom(rows -> rows.map(Records.mapping(ProcessingLocation::new)));
    }

    /**
     * Makes {@code locations} the current ones. Unchanged locations stay as they are; otherwise the
     * old rows are closed today and the new ones start today (the first set has no start date).
     */
    void replace(long agreementId, Long subprocessorId, List<ProcessingLocation> locations) {
        Condition party = PROCESSING_LOCATION
                .AGREEMENT_ID
                .eq(agreementId)
                .and(
                        subprocessorId == null
                                ? PROCESSING_LOCATION.SUBPROCESSOR_ID.isNull()
                                : PROCESSING_LOCATION.SUBPROCESSOR_ID.eq(subprocessorId));
        List<ProcessingLocation> current =
                dsl.select(locationsWhere(party)).fetchSingle().value1();
        if (sameLocations(current, locations)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        boolean first = current.isEmpty() && !dsl.fetchExists(PROCESSING_LOCATION, party);
        // Rows that started today are replaced outright: a day has one set of locations.
        dsl.deleteFrom(PROCESSING_LOCATION)
                .where(party)
                .and(CURRENT)
                .and(PROCESSING_LOCATION.VALID_FROM.eq(today))
                .execute();
        dsl.update(PROCESSING_LOCATION)
                .set(PROCESSING_LOCATION.VALID_UNTIL, today)
                .where(party)
                .and(CURRENT)
                .execute();
        for (ProcessingLocation location : locations) {
            dsl.insertInto(PROCESSING_LOCATION)
                    .set(PROCESSING_LOCATION.AGREEMENT_ID, agreementId)
                    .set(PROCESSING_LOCATION.SUBPROCESSOR_ID, subprocessorId)
                    .set(PROCESSING_LOCATION.COUNTRY, location.country())
                    .set(PROCESSING_LOCATION.REGION, location.region())
                    .set(PROCESSING_LOCATION.MECHANISM, location.mechanism())
                    .set(PROCESSING_LOCATION.SCC_MODULE, location.sccModule())
                    .set(PROCESSING_LOCATION.DEROGATION, location.derogation())
                    .set(PROCESSING_LOCATION.SAFEGUARDS_REFERENCE, location.safeguardsReference())
                    .set(PROCESSING_LOCATION.VALID_FROM, first ? null : today)
                    .execute();
        }
    }

    /** Equal apart from row ids. */
    static boolean sameLocations(List<ProcessingLocation> a, List<ProcessingLocation> b) {
        return withoutIds(a).equals(withoutIds(b));
    }

    private static List<ProcessingLocation> withoutIds(List<ProcessingLocation> locations) {
        return locations.stream().map(ProcessingLocation::withoutId).toList();
    }
}
