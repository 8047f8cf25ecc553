package org.dpatracker.processor;

import static org.dpatracker.db.Tables.PROCESSING_LOCATION;

import java.util.List;
import org.dpatracker.transfer.TransferMechanism;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Processing locations of the processor (no subprocessor) and of each subprocessor. */
@Repository
class LocationRepository {

    private final DSLContext dsl;

    LocationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The locations matching the condition, as a nested collection of an outer query. */
    static Field<List<ProcessingLocation>> locationsWhere(Condition condition) {
        return DSL.multiset(DSL.select(PROCESSING_LOCATION.ID, PROCESSING_LOCATION.COUNTRY, PROCESSING_LOCATION.REGION,
                                PROCESSING_LOCATION.MECHANISM.convertFrom(LocationRepository::mechanism),
                                PROCESSING_LOCATION.SCC_MODULE, PROCESSING_LOCATION.DEROGATION,
                                PROCESSING_LOCATION.SAFEGUARDS_REFERENCE)
                        .from(PROCESSING_LOCATION)
                        .where(condition)
                        .orderBy(PROCESSING_LOCATION.ID))
                .convertFrom(rows -> rows.map(Records.mapping(ProcessingLocation::new)));
    }

    void replace(long agreementId, Long subprocessorId, List<ProcessingLocation> locations) {
        dsl.deleteFrom(PROCESSING_LOCATION)
                .where(PROCESSING_LOCATION.AGREEMENT_ID.eq(agreementId))
                .and(subprocessorId == null ? PROCESSING_LOCATION.SUBPROCESSOR_ID.isNull()
                        : PROCESSING_LOCATION.SUBPROCESSOR_ID.eq(subprocessorId))
                .execute();
        for (ProcessingLocation location : locations) {
            dsl.insertInto(PROCESSING_LOCATION)
                    .set(PROCESSING_LOCATION.AGREEMENT_ID, agreementId)
                    .set(PROCESSING_LOCATION.SUBPROCESSOR_ID, subprocessorId)
                    .set(PROCESSING_LOCATION.COUNTRY, location.country())
                    .set(PROCESSING_LOCATION.REGION, location.region())
                    .set(PROCESSING_LOCATION.MECHANISM, location.mechanism() == null ? null : location.mechanism().name())
                    .set(PROCESSING_LOCATION.SCC_MODULE, location.sccModule())
                    .set(PROCESSING_LOCATION.DEROGATION, location.derogation())
                    .set(PROCESSING_LOCATION.SAFEGUARDS_REFERENCE, location.safeguardsReference())
                    .execute();
        }
    }

    private static TransferMechanism mechanism(String name) {
        return name == null ? null : TransferMechanism.valueOf(name);
    }
}
