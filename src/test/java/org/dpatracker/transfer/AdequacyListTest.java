package org.dpatracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@H2Test
class AdequacyListTest {

    @Autowired
    AdequacyService adequacy;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void theShippedListHoldsTheDecisionsInForce() {
        List<String> countries = SystemAccess.call(() -> adequacy.findAll()).stream()
                .map(AdequacyDecision::country)
                .toList();
        assertThat(countries)
                .contains("AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsChangeToTheListRecomputesTheFlags() {
        String vendor = "Adequacy Test Vendor " + System.nanoTime();
        SystemAccess.run(() -> {
            Organisation controller = organisations.findAll("Beispiel").getFirst();
            Organisation processor = organisations.save(Organisation.withoutSubdivision(
                    null, vendor, null, null, null, null, "SG", null, null, null, false, 0, List.of()));
            agreements.save(Agreement.withProcessor(
                    null,
                    0,
                    controller.id(),
                    processor.id(),
                    AgreementStatus.SIGNED,
                    null,
                    new ProcessingDescription("Payroll", null, null, null, null, null, Set.of(), null, null),
                    null,
                    null,
                    false,
                    null,
                    null,
                    List.of(new ProcessingLocation(null, "SG", null, TransferMechanism.ADEQUACY, null, null, null))));
        });
        assertThat(flagsOf(vendor)).containsExactly(RedFlagType.ADEQUACY_WITHOUT_DECISION);

        adequacy.save(
                new AdequacyDecision("SG", "Hypothetical test decision", null, null, null, null, LocalDate.now(), 0),
                true);
        assertThat(flagsOf(vendor)).isEmpty();

        adequacy.remove("SG");
        assertThat(flagsOf(vendor)).containsExactly(RedFlagType.ADEQUACY_WITHOUT_DECISION);
    }

    @Test
    @WithUserDetails("admin")
    void eeaCountriesAndUnknownCodesAreRefused() {
        assertThatThrownBy(() -> adequacy.save(
                        new AdequacyDecision("DE", "x", null, null, null, null, LocalDate.now(), 0), true))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("country"));
        assertThatThrownBy(() -> adequacy.save(
                        new AdequacyDecision("XX", "x", null, null, null, null, LocalDate.now(), 0), true))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("country"));
    }

    @Test
    @WithUserDetails("dpo")
    void aDpoReadsButCannotChangeTheList() {
        assertThat(adequacy.findAll()).isNotEmpty();
        assertThatThrownBy(() -> adequacy.remove("JP")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dpo")
    void theEuropeanPatentOrganisationIsARecipientWhoseAdequacyDecisionCoversTransfersToIt() {
        AdequacyDecision epo = adequacy.findAll().stream()
                .filter(d -> d.country().equals("EPO"))
                .findFirst()
                .orElseThrow();
        assertThat(epo.decision()).isEqualTo("Commission Implementing Decision (EU) 2025/1382");
        assertThat(epo.decidedOn()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(epo.validUntil()).isNull();

        String vendor = "Patent Filing Test " + System.nanoTime();
        Organisation controller = organisations.findAll("Beispiel").getFirst();
        Organisation office = organisations.save(Organisation.withoutSubdivision(
                null, vendor, null, null, null, null, "epo", null, null, null, false, 0, List.of()));
        assertThat(office.country()).isEqualTo("EPO");
        Agreement agreement = agreements.save(Agreement.withProcessor(
                null,
                0,
                controller.id(),
                office.id(),
                AgreementStatus.SIGNED,
                null,
                new ProcessingDescription("Patent applications", null, null, null, null, null, Set.of(), null, null),
                null,
                null,
                false,
                null,
                null,
                List.of(new ProcessingLocation(null, "epo", "Munich", TransferMechanism.ADEQUACY, null, null, null))));
        assertThat(agreement.locations())
                .extracting(ProcessingLocation::country)
                .containsExactly("EPO");
        assertThat(flagsOf(vendor)).isEmpty();

        agreements.save(Agreement.withProcessor(
                agreement.id(),
                agreement.version(),
                controller.id(),
                office.id(),
                AgreementStatus.SIGNED,
                null,
                agreement.processing(),
                null,
                null,
                false,
                null,
                null,
                List.of(ProcessingLocation.in("EPO", "Munich"))));
        assertThat(flagsOf(vendor))
                .as("the decision is the mechanism: none other needed")
                .isEmpty();

        SystemAccess.run(() -> adequacy.remove("EPO"));
        try {
            assertThat(flagsOf(vendor)).containsExactly(RedFlagType.NO_TRANSFER_MECHANISM);
        } finally {
            SystemAccess.run(() -> adequacy.save(epo, true));
        }
    }

    @Test
    void anInternationalOrganisationIsOutsideTheEeaWhereverItsSeatIsAndNamedInEitherLanguage() {
        assertThat(Countries.isInEea("EPO")).isFalse();
        assertThat(Countries.isInternationalOrganisation("EPO")).isTrue();
        assertThat(Countries.name("EPO", java.util.Locale.GERMAN)).isEqualTo("Europäische Patentorganisation");
        assertThat(Countries.all(java.util.Locale.ENGLISH)).contains("EPO", "DE");
        assertThat(Countries.normalise("EPX")).isEmpty();
    }

    private Set<RedFlagType> flagsOf(String vendor) {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(vendor), List.of(), 0, 1))
                .getFirst()
                .redFlags();
    }
}
