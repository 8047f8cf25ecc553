package org.dpatracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The global search finds organisations, agreements and subprocessors by name, a few of each, for readers
 * only; run on H2 and on PostgreSQL by the subclasses.
 */
abstract class SearchContract {

    @Autowired
    SearchService search;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService users;

    @Test
    void aSubprocessorIsFoundInAnyCaseWithTheAgreementItWorksUnder() {
        List<SearchHit> hits = SignedIn.as(users, "manager", () -> search.search("axilaris"));

        assertThat(hits)
                .filteredOn(hit -> hit.kind() == SearchKind.ORGANISATION)
                .extracting(SearchHit::title)
                .contains("Axilaris GmbH");
        long imk = SystemAccess.call(() -> agreements.findPage(RegisterFilter.text("imk"), List.of(), 0, 1))
                .getFirst()
                .id();
        assertThat(hits)
                .filteredOn(hit -> hit.kind() == SearchKind.SUBPROCESSOR)
                .anySatisfy(hit -> {
                    assertThat(hit.title()).isEqualTo("Axilaris GmbH");
                    assertThat(hit.agreementId()).isEqualTo(imk);
                });
    }

    @Test
    void anAgreementIsFoundByItsProcessorAndBySubjectMatterGroupedAfterTheOrganisations() {
        String vendor = "Quorvex Search " + System.nanoTime();
        Agreement byVendor = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .save());
        Agreement bySubject = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .subjectMatter("Payroll for the quorvex works council")
                .save());

        List<SearchHit> hits = SignedIn.as(users, "auditor", () -> search.search("QUORVEX"));

        assertThat(hits)
                .filteredOn(hit -> hit.kind() == SearchKind.AGREEMENT)
                .extracting(SearchHit::id)
                .contains(byVendor.id(), bySubject.id());
        assertThat(hits.getFirst().kind()).isEqualTo(SearchKind.ORGANISATION);
        assertThat(hits.stream().map(SearchHit::kind).toList())
                .as("grouped by kind, in the order of the kinds")
                .isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void eachKindShowsAtMostSixResultsAndNamesStartingWithTheTextComeFirst() {
        String marker = "Plenvik" + System.nanoTime();
        SystemAccess.run(() -> {
            for (int i = 0; i < 8; i++) {
                organisation("Holding " + marker + " " + i);
            }
            organisation(marker + " Cloud");
        });

        List<SearchHit> found = SignedIn.as(users, "dpo", () -> search.search(marker.toLowerCase()));

        assertThat(found)
                .filteredOn(hit -> hit.kind() == SearchKind.ORGANISATION)
                .hasSize(SearchService.PER_KIND);
        assertThat(found.getFirst().title()).isEqualTo(marker + " Cloud");
    }

    @Test
    void aRecordOfProcessingIsFoundByItsName() {
        List<SearchHit> hits = SignedIn.as(users, "auditor", () -> search.search("google analytics"));

        assertThat(hits)
                .filteredOn(hit -> hit.kind() == SearchKind.RECORD)
                .extracting(SearchHit::title)
                .contains("Website analytics (Google Analytics)");
    }

    @Test
    void wildcardsAreTakenLiterallyAndOneLetterFindsNothing() {
        List<SearchHit> wildcards = SignedIn.as(users, "dpo", () -> search.search("%_"));
        List<SearchHit> oneLetter = SignedIn.as(users, "dpo", () -> search.search("a"));

        assertThat(wildcards).isEmpty();
        assertThat(oneLetter).isEmpty();
    }

    @Test
    void anAdministratorWithoutTheRegisterCannotSearchIt() {
        assertThatThrownBy(() -> SignedIn.as(users, "admin", () -> search.search("Axilaris")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void organisation(String name) {
        organisations.save(Organisation.withoutSubdivision(
                null, name, null, null, null, null, "DE", null, null, null, false, 0, List.of()));
    }
}
