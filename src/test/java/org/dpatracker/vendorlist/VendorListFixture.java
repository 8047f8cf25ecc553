package org.dpatracker.vendorlist;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.processor.SubprocessorTerms;
import org.dpatracker.security.SystemAccess;

/**
 * A new agreement with a 14-day objection period and two sub-processors, "<tag> Hosting GmbH" in Germany and
 * "<tag> Mail Ltd" in Ireland, and the vendor's list naming the host (now also in the USA), a new analytics
 * firm, and no longer the mail provider.
 */
public record VendorListFixture(long agreementId, String tag) {

    public static VendorListFixture create(
            AgreementService agreements, OrganisationService organisations, SubprocessorService subprocessors) {
        String tag = "Vl" + Long.toString(System.nanoTime(), 36);
        return SystemAccess.call(() -> {
            long controller = organisations.findAll("Beispiel").getFirst().id();
            Organisation vendor = organisations.save(organisation(tag + " Vendor AG", "DE"));
            Agreement agreement = agreements.save(Agreement.withProcessor(
                    null,
                    0,
                    controller,
                    vendor.id(),
                    AgreementStatus.SIGNED,
                    null,
                    new ProcessingDescription("CRM", null, null, null, null, null, Set.of(), null, null),
                    null,
                    new SubprocessorTerms(Authorisation.GENERAL, 30, 14),
                    false,
                    null,
                    null,
                    List.of(ProcessingLocation.in("DE", null))));
            engage(subprocessors, organisations, agreement.id(), tag + " Hosting GmbH", "Hosting", "DE");
            engage(subprocessors, organisations, agreement.id(), tag + " Mail Ltd", "E-mail", "IE");
            return new VendorListFixture(agreement.id(), tag);
        });
    }

    /** The vendor's current list as a browser copies its table: tab-separated, with a header row. */
    public String pastedList() {
        return "Sub-processor\tPurpose\tLocation\n"
                + tag.toUpperCase(java.util.Locale.ROOT) + " HOSTING Gmbh\tHosting\tGermany, USA\n"
                + tag + " Analytics Inc.\tProduct analytics\tUnited States\n";
    }

    public String addedName() {
        return tag + " Analytics Inc.";
    }

    private static void engage(
            SubprocessorService subprocessors,
            OrganisationService organisations,
            long agreementId,
            String name,
            String service,
            String country) {
        subprocessors.save(new Subprocessor(
                null,
                0,
                agreementId,
                null,
                organisations.save(organisation(name, country)).id(),
                service,
                false,
                LocalDate.now().minusYears(1),
                ApprovalState.AUTHORISED,
                List.of(ProcessingLocation.in(country, null))));
    }

    private static Organisation organisation(String name, String country) {
        return Organisation.withoutSubdivision(
                null, name, null, null, null, null, country, null, null, null, false, 0, List.of());
    }
}
