package org.dpatracker.dataflow;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;

import java.util.List;
import java.util.Map;
import org.dpatracker.db.tables.Organisation;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.transfer.TransferMechanism;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Every party that receives data under any agreement: processors and subprocessors that are not removed or objected.
 */
@Component
class RecipientQuery {

    private static final Organisation CONTROLLER = ORGANISATION.as("controller");
    private static final Organisation PROCESSOR = ORGANISATION.as("processor");

    private final DSLContext dsl;

    RecipientQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A party of one agreement: the organisation, how it takes part, and its locations. */
    record Party(
            long organisationId,
            String name,
            String seatCountry,
            long agreementId,
            Long subprocessorId,
            String controllerName,
            String processorName) {}

    record PartyLocation(long agreementId, Long subprocessorId, String country, TransferMechanism mechanism) {}

    List<Party> parties() {
        var processors = dsl.select(
                        PROCESSOR.ID,
                        PROCESSOR.NAME,
                        PROCESSOR.COUNTRY,
                        AGREEMENT.ID,
                        DSL.inline(null, SUBPROCESSOR.ID),
                        CONTROLLER.NAME,
                        PROCESSOR.NAME)
                .from(AGREEMENT)
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .join(CONTROLLER)
                .on(CONTROLLER.ID.eq(AGREEMENT.CONTROLLER_ID));
        var subprocessors = dsl.select(
                        ORGANISATION.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.COUNTRY,
                        AGREEMENT.ID,
                        SUBPROCESSOR.ID,
                        CONTROLLER.NAME,
                        PROCESSOR.NAME)
                .from(SUBPROCESSOR)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(SUBPROCESSOR.ORGANISATION_ID))
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(SUBPROCESSOR.AGREEMENT_ID))
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .join(CONTROLLER)
                .on(CONTROLLER.ID.eq(AGREEMENT.CONTROLLER_ID))
                .where(SUBPROCESSOR.APPROVAL.in(ApprovalState.RECEIVING_DATA));
        return processors
                .unionAll(subprocessors)
                .fetch(r ->
                        new Party(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    Map<String, List<PartyLocation>> locationsByParty() {
        return dsl.select(
                        PROCESSING_LOCATION.AGREEMENT_ID,
                        PROCESSING_LOCATION.SUBPROCESSOR_ID,
                        PROCESSING_LOCATION.COUNTRY,
                        PROCESSING_LOCATION.MECHANISM)
                .from(PROCESSING_LOCATION)
                .where(PROCESSING_LOCATION.VALID_UNTIL.isNull()) // current locations only
                .fetchGroups(
                        r -> key(r.value1(), r.value2()),
                        r -> new PartyLocation(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    static String key(long agreementId, Long subprocessorId) {
        return agreementId + ":" + (subprocessorId == null ? "-" : subprocessorId);
    }
}
