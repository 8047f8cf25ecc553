package org.dpatracker.publication;

import static org.dpatracker.db.Tables.ACTIVITY_AGREEMENT;
import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_ACTIVITY;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;
import static org.jooq.Records.mapping;

import java.time.LocalDate;
import java.util.List;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Relationship;
import org.dpatracker.records.RecordRole;
import org.dpatracker.transfer.TransferMechanism;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Who processes for us where we are a processor: the processors of the agreements linked to our Art. 30(2)
 * records (not terminated), the sub-processors they engage that receive data, and where each of them
 * processes now.
 */
@Repository
class CandidateQuery {

    private final DSLContext dsl;

    CandidateQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<SourceParty> parties() {
        var linked = DSL.select(ACTIVITY_AGREEMENT.AGREEMENT_ID)
                .from(ACTIVITY_AGREEMENT)
                .join(PROCESSING_ACTIVITY)
                .on(PROCESSING_ACTIVITY.ID.eq(ACTIVITY_AGREEMENT.ACTIVITY_ID))
                .where(PROCESSING_ACTIVITY.RECORD_ROLE.eq(RecordRole.PROCESSOR));
        var agreements = dsl.select(
                        AGREEMENT.ID,
                        DSL.inline(null, SUBPROCESSOR.ID),
                        ORGANISATION.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.WEBSITE,
                        DSL.coalesce(AGREEMENT.SERVICES, AGREEMENT.PURPOSES, AGREEMENT.SUBJECT_MATTER),
                        DSL.coalesce(AGREEMENT.SIGNED_ON, AGREEMENT.VALID_FROM))
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(AGREEMENT.ID.in(linked))
                .and(AGREEMENT.STATUS.ne(AgreementStatus.TERMINATED))
                .and(AGREEMENT.RELATIONSHIP.eq(Relationship.PROCESSOR));
        var subprocessors = dsl.select(
                        SUBPROCESSOR.AGREEMENT_ID,
                        SUBPROCESSOR.ID,
                        ORGANISATION.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.WEBSITE,
                        SUBPROCESSOR.SERVICE,
                        SUBPROCESSOR.ADDED_ON)
                .from(SUBPROCESSOR)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(SUBPROCESSOR.ORGANISATION_ID))
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(SUBPROCESSOR.AGREEMENT_ID))
                .where(SUBPROCESSOR.AGREEMENT_ID.in(linked))
                .and(AGREEMENT.STATUS.ne(AgreementStatus.TERMINATED))
                .and(AGREEMENT.RELATIONSHIP.eq(Relationship.PROCESSOR))
                .and(SUBPROCESSOR.APPROVAL.in(ApprovalState.RECEIVING_DATA))
                .and(SUBPROCESSOR.REMOVED_ON.isNull());
        return agreements.unionAll(subprocessors).fetch(mapping(SourceParty::new));
    }

    /** The names of our companies that keep Art. 30(2) records: who publishes the list. */
    List<String> publishers() {
        return dsl.selectDistinct(ORGANISATION.NAME)
                .from(ORGANISATION)
                .join(PROCESSING_ACTIVITY)
                .on(PROCESSING_ACTIVITY.CONTROLLER_ID.eq(ORGANISATION.ID))
                .where(PROCESSING_ACTIVITY.RECORD_ROLE.eq(RecordRole.PROCESSOR))
                .orderBy(ORGANISATION.NAME)
                .fetch(ORGANISATION.NAME);
    }

    /** The locations in force now of the parties of these agreements. */
    List<SourceLocation> locations(List<Long> agreementIds) {
        return dsl.select(
                        PROCESSING_LOCATION.AGREEMENT_ID,
                        PROCESSING_LOCATION.SUBPROCESSOR_ID,
                        PROCESSING_LOCATION.COUNTRY,
                        PROCESSING_LOCATION.MECHANISM)
                .from(PROCESSING_LOCATION)
                .where(PROCESSING_LOCATION.AGREEMENT_ID.in(agreementIds))
                .and(PROCESSING_LOCATION.VALID_UNTIL.isNull())
                .orderBy(PROCESSING_LOCATION.ID)
                .fetch(mapping(SourceLocation::new));
    }

    /** A processor of a linked agreement ({@code subprocessorId} null) or a sub-processor it engages. */
    record SourceParty(
            long agreementId,
            Long subprocessorId,
            long organisationId,
            String name,
            String website,
            String purpose,
            LocalDate since) {}

    record SourceLocation(long agreementId, Long subprocessorId, String country, TransferMechanism mechanism) {}
}
