package org.dpatracker.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;

/**
 * Test data: a new agreement of the demo controller with a new vendor, signed, processing in Germany,
 * unless a test says otherwise. Saved with the rights of whoever runs the test.
 */
public final class AgreementBuilder {

    private final AgreementService agreements;
    private final OrganisationService organisations;
    private String vendor = "Test Vendor " + System.nanoTime();
    private String seat = "DE";
    private AgreementStatus status = AgreementStatus.SIGNED;
    private String subjectMatter = "Test processing";
    private List<ProcessingLocation> locations = List.of(ProcessingLocation.in("DE", null));
    private LocalDate nextReview;

    private AgreementBuilder(AgreementService agreements, OrganisationService organisations) {
        this.agreements = agreements;
        this.organisations = organisations;
    }

    public static AgreementBuilder agreement(AgreementService agreements, OrganisationService organisations) {
        return new AgreementBuilder(agreements, organisations);
    }

    public AgreementBuilder vendor(String name, String seatCountry) {
        this.vendor = name;
        this.seat = seatCountry;
        return this;
    }

    public AgreementBuilder status(AgreementStatus status) {
        this.status = status;
        return this;
    }

    public AgreementBuilder subjectMatter(String subjectMatter) {
        this.subjectMatter = subjectMatter;
        return this;
    }

    public AgreementBuilder nextReview(LocalDate nextReview) {
        this.nextReview = nextReview;
        return this;
    }

    public AgreementBuilder locations(ProcessingLocation... locations) {
        this.locations = List.of(locations);
        return this;
    }

    public String vendorName() {
        return vendor;
    }

    public Agreement save() {
        Organisation controller = organisations.findAll("Beispiel").getFirst();
        Organisation processor = organisations.save(Organisation.withoutSubdivision(
                null, vendor, null, null, null, null, seat, null, null, null, false, 0, List.of()));
        return agreements.save(Agreement.withProcessor(
                null,
                0,
                controller.id(),
                processor.id(),
                status,
                nextReview,
                new ProcessingDescription(subjectMatter, null, null, null, null, null, Set.of(), null, null),
                null,
                null,
                false,
                null,
                null,
                locations));
    }
}
