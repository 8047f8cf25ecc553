package org.dpatracker.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordRole;
import org.dpatracker.records.RecordService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;

/**
 * Test data for the published list: an Art. 30(2) record of our company (we process for a customer) linked to
 * an agreement with a new vendor, i.e. a new sub-processor of ours; and the list brought to a published state
 * with nothing pending, so that a test starts from a known point.
 */
@org.springframework.stereotype.Component
public class PublicListFixture {

    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final SubprocessorService subprocessors;
    private final RecordService records;
    private final PublicationService publication;

    public PublicListFixture(
            AgreementService agreements,
            OrganisationService organisations,
            SubprocessorService subprocessors,
            RecordService records,
            PublicationService publication) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.subprocessors = subprocessors;
        this.records = records;
        this.publication = publication;
    }

    /** A vendor we engage for a customer's processing (linked to a new Art. 30(2) record); returns its agreement. */
    public Agreement vendor(String name, String purpose, ProcessingLocation... locations) {
        return SystemAccess.call(() -> {
            Agreement agreement = AgreementBuilder.agreement(agreements, organisations)
                    .vendor(name, "DE")
                    .subjectMatter(purpose)
                    .locations(locations)
                    .save();
            Organisation customer = organisations.save(Organisation.withoutSubdivision(
                    null, "Customer of " + name, null, null, null, null, "DE", null, null, null, false, 0, List.of()));
            long ours = organisations.findAll("Beispiel").getFirst().id();
            records.save(processorRecord(ours, customer.id(), agreement.id(), purpose));
            return agreement;
        });
    }

    /** A sub-processor that our vendor engages, added to its agreement. */
    public Subprocessor subprocessorOf(Agreement agreement, String name, String service, String country) {
        return SystemAccess.call(() -> {
            Organisation organisation = organisations.save(Organisation.withoutSubdivision(
                    null, name, null, null, null, null, country, null, null, null, false, 0, List.of()));
            return subprocessors.save(new Subprocessor(
                    null,
                    0,
                    agreement.id(),
                    null,
                    organisation.id(),
                    service,
                    false,
                    LocalDate.now(),
                    ApprovalState.AUTHORISED,
                    List.of(ProcessingLocation.in(country, null))));
        });
    }

    /** Publishes whatever is pending (sending a drafted notice as it is), so that nothing waits. */
    public ListVersion settle() {
        return SystemAccess.call(() -> {
            var notice = publication.noticeToReview();
            if (notice.isPresent()) {
                return publication.sendNotice(
                        notice.get().id(),
                        notice.get().version(),
                        NoticePeriod.effectiveOn(
                                publication.today(), publication.settings().noticePeriodDays()),
                        notice.get().summary());
            }
            if (publication.draft().publishable()) {
                return publication.publish("Settled for a test");
            }
            return publication.current().orElseThrow();
        });
    }

    /** Chooses the published fields (and nothing excluded), keeping the notice period. */
    public ListSettings fields(PublishedField... fields) {
        return SystemAccess.call(() -> {
            ListSettings now = publication.settings();
            return publication.saveSettings(
                    new ListSettings(Set.of(fields), Set.of(), now.noticePeriodDays(), now.version()));
        });
    }

    private static ProcessingActivity processorRecord(long ours, long customerId, long agreementId, String purpose) {
        return new ProcessingActivity(
                null,
                0,
                RecordRole.PROCESSOR,
                "Service for customer " + customerId,
                ours,
                customerId,
                null,
                null,
                purpose,
                Set.of(),
                null,
                Set.of(),
                Set.of(),
                "Customer's employees",
                "Names, e-mail addresses",
                null,
                List.of(agreementId),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
