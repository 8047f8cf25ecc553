package org.dpatracker.records;

import java.util.List;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.retention.ScheduledRule;

/**
 * A processing activity with every linked object: the controller (and for processor records the
 * controller served), the recipients through the linked agreements with their subprocessors and
 * countries, the third-country transfers derived from their locations, the retention rules and the
 * measures of the linked agreements.
 */
public record RecordDetail(
        ProcessingActivity activity,
        Organisation controller,
        Organisation servedController,
        List<Recipient> recipients,
        List<Transfer> transfers,
        List<Retention> retention,
        List<Measures> measures) {

    /** A processor or subprocessor receiving the data through a linked agreement. */
    public record Recipient(
            long agreementId,
            String name,
            boolean subprocessor,
            String engagedBy,
            String service,
            List<String> countries) {}

    /** A transfer outside the EEA with its mechanism (null when none is recorded). */
    public record Transfer(
            long agreementId,
            String recipient,
            String country,
            String region,
            org.dpatracker.transfer.TransferMechanism mechanism,
            Integer sccModule,
            String derogation,
            String safeguards) {

        /** No Chapter V basis recorded: none entered, or "none" chosen. */
        public boolean withoutMechanism() {
            return mechanism == null || mechanism == org.dpatracker.transfer.TransferMechanism.NONE;
        }
    }

    /** A retention rule of a linked agreement. */
    public record Retention(long agreementId, String processor, ScheduledRule rule) {}

    /** The TOM checklist progress of one party of a linked agreement. */
    public record Measures(
            long agreementId,
            String processor,
            String party,
            String catalogue,
            int implemented,
            int applicable,
            int missing) {}
}
