package org.dpatracker.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dpatracker.redflag.AgreementFacts.Adequacy;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.transfer.AdequacyScope;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The transfer rules added for Chapter V: scope of adequacy, the DPF, locations, clauses and derogations. */
class TransferRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, Adequacy> DECISIONS = Map.of(
            "CA", new Adequacy(AdequacyScope.PIPEDA_ORGANISATIONS, null),
            "JP", new Adequacy(AdequacyScope.APPI_PRIVATE_SECTOR, null),
            "KR", new Adequacy(AdequacyScope.PIPA_WITH_EXCLUSIONS, null),
            "US", new Adequacy(AdequacyScope.DPF_CERTIFIED, null),
            "CH", new Adequacy(AdequacyScope.WHOLE_COUNTRY, null));

    @Nested
    class AdequacyScope_ {
        @Test
        void flagsARecipientInACountryWithALimitedDecisionAndSaysWhichScope() {
            AgreementFacts facts = facts(
                    processor("Hootsuite Inc.", List.of(), new Location("CA", TransferMechanism.ADEQUACY)),
                    sub("User Local, Inc.", List.of(), new Location("JP", null)));
            assertThat(new AdequacyScopeRule(CLOCK).check(facts))
                    .containsExactly(
                            RedFlag.of(
                                    RedFlagType.ADEQUACY_SCOPE_UNCONFIRMED,
                                    "Hootsuite Inc.",
                                    "CA",
                                    "#adequacy.scope.PIPEDA_ORGANISATIONS"),
                            RedFlag.of(
                                    RedFlagType.ADEQUACY_SCOPE_UNCONFIRMED,
                                    "User Local, Inc.",
                                    "JP",
                                    "#adequacy.scope.APPI_PRIVATE_SECTOR"));
        }

        @Test
        void passesARecipientConfirmedInScopeAWholeCountryDecisionAndOtherMechanisms() {
            AgreementFacts facts = facts(
                    processor(
                            "Hootsuite Inc.",
                            List.of(new Certificate("ADEQUACY_SCOPE", "subject to PIPEDA", null)),
                            new Location("CA", null)),
                    sub("Bank AG", List.of(), new Location("CH", null)),
                    sub("Cloud Korea", List.of(), new Location("KR", TransferMechanism.SCC_2021, 3, "TIA-7")),
                    sub("Hosting Inc.", List.of(), new Location("US", TransferMechanism.ADEQUACY)));
            assertThat(new AdequacyScopeRule(CLOCK).check(facts)).isEmpty();
        }
    }

    @Nested
    class DpfOutsideUs {
        @Test
        void flagsTheFrameworkForARecipientOutsideTheUnitedStates() {
            AgreementFacts facts = facts(processor(
                    "Host Ltd",
                    List.of(new Certificate("EU_US_DPF", "DPF", LocalDate.of(2027, 5, 1))),
                    new Location("IN", TransferMechanism.DATA_PRIVACY_FRAMEWORK)));
            assertThat(new DpfOutsideUsRule().check(facts))
                    .containsExactly(RedFlag.of(RedFlagType.DPF_OUTSIDE_US, "Host Ltd", "IN"));
        }

        @Test
        void passesTheFrameworkInTheUnitedStates() {
            assertThat(new DpfOutsideUsRule()
                            .check(facts(processor(
                                    "Host Inc.",
                                    List.of(),
                                    new Location("US", TransferMechanism.DATA_PRIVACY_FRAMEWORK)))))
                    .isEmpty();
        }
    }

    @Nested
    class LocationMissing {
        @Test
        void flagsAPartyWithoutAnyLocation() {
            AgreementFacts facts = facts(
                    processor("Processor GmbH", List.of(), new Location("DE", null)), sub("Support Ltd", List.of()));
            assertThat(new LocationMissingRule().check(facts))
                    .containsExactly(RedFlag.of(RedFlagType.LOCATION_MISSING, "Support Ltd"));
        }

        @Test
        void passesPartiesThatSayWhereTheyProcess() {
            assertThat(new LocationMissingRule()
                            .check(facts(processor("Processor GmbH", List.of(), new Location("EU", null)))))
                    .isEmpty();
        }
    }

    @Nested
    class SccWithoutAssessment {
        @Test
        void flagsClausesWithoutATransferImpactAssessment() {
            AgreementFacts facts = facts(processor(
                    "Dev Ltd",
                    List.of(),
                    new Location("IN", TransferMechanism.SCC_2021, 2, null),
                    new Location("PH", TransferMechanism.SCC_2021, 2, "  ")));
            assertThat(new SccWithoutAssessmentRule().check(facts))
                    .extracting(RedFlag::details)
                    .containsExactly(List.of("IN"), List.of("PH"));
        }

        @Test
        void passesClausesWithAnAssessmentReference() {
            assertThat(new SccWithoutAssessmentRule()
                            .check(facts(processor(
                                    "Dev Ltd",
                                    List.of(),
                                    new Location(
                                            "IN", TransferMechanism.SCC_2021, 2, "TIA 2026-03, encryption at rest")))))
                    .isEmpty();
        }
    }

    @Nested
    class SccModule {
        @Test
        void flagsModulesForControllersAndModuleThreeForTheDirectProcessor() {
            AgreementFacts facts = facts(
                    processor("Dev Ltd", List.of(), new Location("IN", TransferMechanism.SCC_2021, 3, "TIA")),
                    sub("Support Inc.", List.of(), new Location("US", TransferMechanism.SCC_2021, 1, "TIA")),
                    sub("Ops Ltd", List.of(), new Location("PH", TransferMechanism.SCC_2021, 4, "TIA")));
            assertThat(new SccModuleRule().check(facts))
                    .containsExactly(
                            RedFlag.of(RedFlagType.SCC_MODULE_MISMATCH, "Dev Ltd", "IN", "3", "2"),
                            RedFlag.of(RedFlagType.SCC_MODULE_MISMATCH, "Support Inc.", "US", "1", "3"),
                            RedFlag.of(RedFlagType.SCC_MODULE_MISMATCH, "Ops Ltd", "PH", "4", "3"));
        }

        @Test
        void passesModuleTwoForTheProcessorAndThreeForASubprocessor() {
            AgreementFacts facts = facts(
                    processor("Dev Ltd", List.of(), new Location("IN", TransferMechanism.SCC_2021, 2, "TIA")),
                    sub("Support Inc.", List.of(), new Location("US", TransferMechanism.SCC_2021, 3, "TIA")));
            assertThat(new SccModuleRule().check(facts)).isEmpty();
        }
    }

    @Nested
    class RegularDerogation {
        @Test
        void flagsADerogationForAProcessorsTransfers() {
            AgreementFacts facts = facts(
                    processor("Travel Agency", List.of(), new Location("TH", TransferMechanism.ART_49_DEROGATION)));
            assertThat(new RegularDerogationRule().check(facts))
                    .containsExactly(RedFlag.of(RedFlagType.DEROGATION_FOR_REGULAR_TRANSFERS, "Travel Agency", "TH"));
        }

        @Test
        void passesAppropriateSafeguards() {
            assertThat(new RegularDerogationRule()
                            .check(facts(
                                    processor("Travel Agency", List.of(), new Location("TH", TransferMechanism.BCR)))))
                    .isEmpty();
        }
    }

    private static AgreementFacts facts(Party... parties) {
        return new AgreementFacts(null, false, null, List.of(parties), DECISIONS);
    }

    private static Party processor(String name, List<Certificate> certificates, Location... locations) {
        return new Party(name, certificates, List.of(locations), 0, false);
    }

    private static Party sub(String name, List<Certificate> certificates, Location... locations) {
        return new Party(name, certificates, List.of(locations), 0, true);
    }
}
