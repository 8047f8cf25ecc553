package org.dpatracker.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;

/** Recipients and third-country transfers follow from the linked agreements' parties and locations. */
class TransferDerivationTest {

    private static final Organisation PROCESSOR = organisation(1, "Hosting GmbH");
    private static final Organisation SUPPORT = organisation(2, "Support Inc.");
    private static final Organisation OFFSHORE = organisation(3, "Offshore Ltd");
    private static final Organisation OLD = organisation(4, "Former Vendor");

    @Test
    void everyLocationOutsideTheEeaOfAReceivingPartyIsATransferWithItsMechanism() {
        AgreementDetail detail = new AgreementDetail(
                agreement(List.of(ProcessingLocation.in("DE", "Frankfurt"), ProcessingLocation.in("EU", null))),
                organisation(9, "Controller"),
                PROCESSOR,
                List.of(
                        sub(
                                10L,
                                null,
                                SUPPORT,
                                ApprovalState.AUTHORISED,
                                List.of(new ProcessingLocation(
                                        null,
                                        "US",
                                        "Virginia",
                                        TransferMechanism.DATA_PRIVACY_FRAMEWORK,
                                        null,
                                        null,
                                        null))),
                        sub(11L, 10L, OFFSHORE, ApprovalState.PENDING, List.of(ProcessingLocation.in("IN", "Pune"))),
                        sub(12L, null, OLD, ApprovalState.REMOVED, List.of(ProcessingLocation.in("CN", null)))),
                Map.of(2L, SUPPORT, 3L, OFFSHORE, 4L, OLD),
                List.of());

        List<RecordDetail.Transfer> transfers = TransferDerivation.transfers(List.of(detail));

        assertThat(transfers)
                .extracting(
                        RecordDetail.Transfer::recipient,
                        RecordDetail.Transfer::country,
                        RecordDetail.Transfer::mechanism)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Support Inc.", "US", TransferMechanism.DATA_PRIVACY_FRAMEWORK),
                        org.assertj.core.groups.Tuple.tuple("Offshore Ltd", "IN", null));
        assertThat(TransferDerivation.recipients(List.of(detail)))
                .extracting(RecordDetail.Recipient::name, RecordDetail.Recipient::engagedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hosting GmbH", null),
                        org.assertj.core.groups.Tuple.tuple("Support Inc.", "Hosting GmbH"),
                        org.assertj.core.groups.Tuple.tuple("Offshore Ltd", "Support Inc."));
    }

    private static Agreement agreement(List<ProcessingLocation> locations) {
        return Agreement.withProcessor(
                5L,
                0,
                9,
                1,
                AgreementStatus.SIGNED,
                null,
                new ProcessingDescription("Hosting", null, null, null, null, null, Set.of(), null, null),
                null,
                null,
                false,
                null,
                null,
                locations);
    }

    private static Subprocessor sub(
            Long id,
            Long parent,
            Organisation organisation,
            ApprovalState approval,
            List<ProcessingLocation> locations) {
        return new Subprocessor(id, 0, 5, parent, organisation.id(), "Service", false, null, approval, locations);
    }

    private static Organisation organisation(long id, String name) {
        return Organisation.withoutSubdivision(
                id, name, null, null, null, null, "DE", null, null, null, false, 0, List.of());
    }
}
