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
        List<String> countries = SystemAccess.call(() -> adequacy.findAll()).stream().map(AdequacyDecision::country).toList();
        assertThat(countries).contains("AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsChangeToTheListRecomputesTheFlags() {
        String vendor = "Adequacy Test Vendor " + System.nanoTime();
        SystemAccess.run(() -> {
            Organisation controller = organisations.findAll("Beispiel").getFirst();
            Organisation processor = organisations.save(new Organisation(null, vendor, null, null, null, null, "SG", null,
                    null, null, false, 0, List.of()));
            agreements.save(new Agreement(null, 0, controller.id(), processor.id(), AgreementStatus.SIGNED, null,
                    new ProcessingDescription("Payroll", null, null, null, null, null, Set.of(), null, null), null, null,
                    false, null, null, List.of(new ProcessingLocation(null, "SG", null, TransferMechanism.ADEQUACY, null,
                            null, null))));
        });
        assertThat(flagsOf(vendor)).containsExactly(RedFlagType.ADEQUACY_WITHOUT_DECISION);

        adequacy.save(new AdequacyDecision("SG", "Hypothetical test decision", null, null, null, null, LocalDate.now(), 0), true);
        assertThat(flagsOf(vendor)).isEmpty();

        adequacy.remove("SG");
        assertThat(flagsOf(vendor)).containsExactly(RedFlagType.ADEQUACY_WITHOUT_DECISION);
    }

    @Test
    @WithUserDetails("admin")
    void eeaCountriesAndUnknownCodesAreRefused() {
        assertThatThrownBy(() -> adequacy.save(new AdequacyDecision("DE", "x", null, null, null, null, LocalDate.now(), 0), true))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> adequacy.save(new AdequacyDecision("XX", "x", null, null, null, null, LocalDate.now(), 0), true))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("dpo")
    void aDpoReadsButCannotChangeTheList() {
        assertThat(adequacy.findAll()).isNotEmpty();
        assertThatThrownBy(() -> adequacy.remove("JP")).isInstanceOf(AccessDeniedException.class);
    }

    private Set<RedFlagType> flagsOf(String vendor) {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(vendor), List.of(), 0, 1)).getFirst().redFlags();
    }
}
