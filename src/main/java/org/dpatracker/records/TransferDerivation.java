package org.dpatracker.records;

import java.util.ArrayList;
import java.util.List;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.transfer.Countries;

/**
 * Derives an activity's recipients and third-country transfers (Art. 30(1)(d), (e)) from the
 * agreements it is linked to: the processor and every subprocessor that receives data (authorised or
 * pending; removed and objected ones do not), with each location outside the EEA as a transfer.
 */
final class TransferDerivation {

    private TransferDerivation() {}

    static List<RecordDetail.Recipient> recipients(List<AgreementDetail> agreements) {
        List<RecordDetail.Recipient> recipients = new ArrayList<>();
        for (AgreementDetail detail : agreements) {
            long id = detail.agreement().id();
            recipients.add(new RecordDetail.Recipient(
                    id,
                    detail.processor().name(),
                    false,
                    null,
                    detail.agreement().processing().services() != null
                            ? detail.agreement().processing().services()
                            : detail.agreement().processing().subjectMatter(),
                    countries(detail.agreement().locations())));
            for (Subprocessor s : receiving(detail)) {
                recipients.add(new RecordDetail.Recipient(
                        id,
                        detail.organisationOf(s).name(),
                        true,
                        engagedBy(detail, s),
                        s.service(),
                        countries(s.locations())));
            }
        }
        return recipients;
    }

    static List<RecordDetail.Transfer> transfers(List<AgreementDetail> agreements) {
        List<RecordDetail.Transfer> transfers = new ArrayList<>();
        for (AgreementDetail detail : agreements) {
            long id = detail.agreement().id();
            add(transfers, id, detail.processor().name(), detail.agreement().locations());
            for (Subprocessor s : receiving(detail)) {
                add(transfers, id, detail.organisationOf(s).name(), s.locations());
            }
        }
        return transfers;
    }

    private static void add(
            List<RecordDetail.Transfer> transfers,
            long agreementId,
            String recipient,
            List<ProcessingLocation> locations) {
        for (ProcessingLocation l : locations) {
            if (!Countries.EEA_LOCATIONS.contains(l.country())) {
                transfers.add(new RecordDetail.Transfer(
                        agreementId,
                        recipient,
                        l.country(),
                        l.region(),
                        l.mechanism(),
                        l.sccModule(),
                        l.derogation(),
                        l.safeguardsReference()));
            }
        }
    }

    private static List<Subprocessor> receiving(AgreementDetail detail) {
        return detail.subprocessors().stream()
                .filter(s -> s.approval().receivesData())
                .toList();
    }

    private static List<String> countries(List<ProcessingLocation> locations) {
        return locations.stream().map(ProcessingLocation::country).distinct().toList();
    }

    private static String engagedBy(AgreementDetail detail, Subprocessor s) {
        if (s.parentId() == null) {
            return detail.processor().name();
        }
        return detail.subprocessors().stream()
                .filter(p -> p.id().equals(s.parentId()))
                .findFirst()
                .map(p -> detail.organisationOf(p).name())
                .orElse(detail.processor().name());
    }
}
