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

class RedFlagRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Map<String, Adequacy> ADEQUATE = Map.of(
            "CH", new Adequacy(AdequacyScope.WHOLE_COUNTRY, null),
            "GB", new Adequacy(AdequacyScope.WHOLE_COUNTRY, LocalDate.of(2031, 12, 27)),
            "JP", new Adequacy(AdequacyScope.APPI_PRIVATE_SECTOR, null),
            "US", new Adequacy(AdequacyScope.DPF_CERTIFIED, null),
            "CA", new Adequacy(AdequacyScope.PIPEDA_ORGANISATIONS, null));

    @Test
    void aCleanAgreementRaisesNoFlag() {
        AgreementFacts clean = facts(
                TODAY.plusMonths(6),
                false,
                party(
                        "Processor GmbH",
                        List.of(new Certificate("ISO_27001", "ISO 27001", TODAY.plusYears(1))),
                        new Location("DE", null)),
                sub(
                        "Host Inc.",
                        List.of(new Certificate("EU_US_DPF", "DPF", TODAY.plusMonths(3))),
                        new Location("US", TransferMechanism.DATA_PRIVACY_FRAMEWORK)),
                sub(
                        "Support Ltd",
                        List.of(),
                        new Location("GB", TransferMechanism.ADEQUACY),
                        new Location("IN", TransferMechanism.SCC_2021, 3, "TIA 2026-04"),
                        new Location("CH", null)),
                sub(
                        "Chat K.K.",
                        List.of(new Certificate("ADEQUACY_SCOPE", "private business under the APPI", null)),
                        new Location("JP", null)));
        assertThat(new RedFlagChecker(CLOCK).check(clean)).isEmpty();
    }

    @Nested
    class InvalidatedFramework {
        @Test
        void flagsPrivacyShieldAndSafeHarbor() {
            AgreementFacts facts = transfers(
                    new Location("US", TransferMechanism.PRIVACY_SHIELD),
                    new Location("US", TransferMechanism.SAFE_HARBOR));
            assertThat(new InvalidatedFrameworkRule().check(facts))
                    .extracting(RedFlag::details)
                    .containsExactly(List.of("US", "PRIVACY_SHIELD"), List.of("US", "SAFE_HARBOR"));
        }

        @Test
        void passesCurrentMechanisms() {
            assertThat(new InvalidatedFrameworkRule().check(transfers(new Location("US", TransferMechanism.SCC_2021))))
                    .isEmpty();
        }
    }

    @Nested
    class OldStandardClauses {
        @Test
        void flagsEachOldSetOfClauses() {
            AgreementFacts facts = transfers(
                    new Location("IN", TransferMechanism.SCC_2001_497),
                    new Location("BR", TransferMechanism.SCC_2004_915),
                    new Location("US", TransferMechanism.SCC_2010_87));
            assertThat(new OldStandardClausesRule().check(facts))
                    .hasSize(3)
                    .allSatisfy(flag -> assertThat(flag.type()).isEqualTo(RedFlagType.OLD_STANDARD_CLAUSES));
        }

        @Test
        void passesTheClausesOf2021() {
            assertThat(new OldStandardClausesRule().check(transfers(new Location("IN", TransferMechanism.SCC_2021))))
                    .isEmpty();
        }
    }

    @Nested
    class UsWithoutDpf {
        @Test
        void flagsAUsRecipientOnAdequacyWithoutCertification() {
            AgreementFacts facts = facts(
                    null, false, party("Analytics Inc.", List.of(), new Location("US", TransferMechanism.ADEQUACY)));
            assertThat(new UsWithoutDpfRule(CLOCK).check(facts))
                    .singleElement()
                    .isEqualTo(RedFlag.of(RedFlagType.US_WITHOUT_DPF, "Analytics Inc.", "US"));
        }

        @Test
        void flagsAnExpiredCertification() {
            AgreementFacts facts = facts(
                    null,
                    false,
                    party(
                            "Analytics Inc.",
                            List.of(new Certificate("EU_US_DPF", "DPF", TODAY.minusDays(1))),
                            new Location("US", TransferMechanism.DATA_PRIVACY_FRAMEWORK)));
            assertThat(new UsWithoutDpfRule(CLOCK).check(facts)).hasSize(1);
        }

        @Test
        void flagsAUsRecipientWithNothingRecordedOrACertificateOfUnknownExpiry() {
            AgreementFacts nothing = facts(null, false, party("Analytics Inc.", List.of(), new Location("US", null)));
            AgreementFacts unknownExpiry = facts(
                    null,
                    false,
                    party(
                            "Analytics Inc.",
                            List.of(new Certificate("EU_US_DPF", "DPF", null)),
                            new Location("US", TransferMechanism.DATA_PRIVACY_FRAMEWORK)));
            assertThat(new UsWithoutDpfRule(CLOCK).check(nothing)).hasSize(1);
            assertThat(new UsWithoutDpfRule(CLOCK).check(unknownExpiry)).hasSize(1);
        }

        @Test
        void passesACertifiedUsRecipientWithNothingElseRecorded() {
            AgreementFacts facts = facts(
                    null,
                    false,
                    party(
                            "Analytics Inc.",
                            List.of(new Certificate("EU_US_DPF", "DPF", TODAY.plusMonths(2))),
                            new Location("US", null)));
            assertThat(new RedFlagChecker(CLOCK).check(facts)).isEmpty();
        }

        @Test
        void passesACertifiedRecipientAndClauses() {
            AgreementFacts certified = facts(
                    null,
                    false,
                    party(
                            "Analytics Inc.",
                            List.of(new Certificate("EU_US_DPF", "DPF", TODAY)),
                            new Location("US", TransferMechanism.ADEQUACY)));
            AgreementFacts onClauses = transfers(new Location("US", TransferMechanism.SCC_2021));
            assertThat(new UsWithoutDpfRule(CLOCK).check(certified)).isEmpty();
            assertThat(new UsWithoutDpfRule(CLOCK).check(onClauses)).isEmpty();
        }
    }

    @Nested
    class NoTransferMechanism {
        @Test
        void flagsAThirdCountryWithNothingRecorded() {
            AgreementFacts facts = transfers(new Location("IN", null), new Location("CN", TransferMechanism.NONE));
            assertThat(new NoTransferMechanismRule(CLOCK).check(facts))
                    .extracting(RedFlag::details)
                    .containsExactly(List.of("IN"), List.of("CN"));
        }

        @Test
        void passesACountryWithAnAdequacyDecisionInForceWithNothingElseRecorded() {
            AgreementFacts facts = transfers(new Location("CH", null), new Location("GB", TransferMechanism.NONE));
            assertThat(new NoTransferMechanismRule(CLOCK).check(facts)).isEmpty();
        }

        @Test
        void flagsACountryWhoseDecisionReachedItsSunsetDate() {
            AgreementFacts facts = new AgreementFacts(
                    null,
                    false,
                    null,
                    List.of(party("Recipient", List.of(), new Location("GB", null))),
                    Map.of("GB", new Adequacy(AdequacyScope.WHOLE_COUNTRY, TODAY.minusDays(1))));
            assertThat(new NoTransferMechanismRule(CLOCK).check(facts))
                    .singleElement()
                    .isEqualTo(RedFlag.of(RedFlagType.NO_TRANSFER_MECHANISM, "Recipient", "GB"));
        }

        @Test
        void treatsTheFrenchOutermostRegionsAndAlandAsInsideTheEea() {
            AgreementFacts facts = transfers(
                    new Location("RE", null),
                    new Location("GF", null),
                    new Location("GP", null),
                    new Location("MQ", null),
                    new Location("YT", null),
                    new Location("MF", null),
                    new Location("AX", null));
            assertThat(new NoTransferMechanismRule(CLOCK).check(facts)).isEmpty();
            assertThat(new NoTransferMechanismRule(CLOCK).check(transfers(new Location("NC", null))))
                    .hasSize(1);
        }

        @Test
        void passesTheEeaAndRecordedMechanisms() {
            AgreementFacts facts = transfers(
                    new Location("DE", null), new Location("NO", null), new Location("JP", TransferMechanism.ADEQUACY));
            assertThat(new NoTransferMechanismRule(CLOCK).check(facts)).isEmpty();
        }
    }

    @Nested
    class AdequacyWithoutDecision {
        @Test
        void flagsAdequacyForACountryWithoutDecision() {
            assertThat(new AdequacyWithoutDecisionRule(CLOCK)
                            .check(transfers(new Location("IN", TransferMechanism.ADEQUACY))))
                    .singleElement()
                    .extracting(RedFlag::type)
                    .isEqualTo(RedFlagType.ADEQUACY_WITHOUT_DECISION);
        }

        @Test
        void flagsAdequacyAfterTheDecisionsSunsetDate() {
            AgreementFacts facts = new AgreementFacts(
                    null,
                    false,
                    null,
                    List.of(party("Recipient", List.of(), new Location("GB", TransferMechanism.ADEQUACY))),
                    Map.of("GB", new Adequacy(AdequacyScope.WHOLE_COUNTRY, TODAY.minusDays(1))));
            assertThat(new AdequacyWithoutDecisionRule(CLOCK).check(facts)).hasSize(1);
        }

        @Test
        void passesCountriesOnTheList() {
            assertThat(new AdequacyWithoutDecisionRule(CLOCK)
                            .check(transfers(
                                    new Location("CH", TransferMechanism.ADEQUACY),
                                    new Location("GB", TransferMechanism.ADEQUACY))))
                    .isEmpty();
        }
    }

    @Nested
    class OwnPurposes {
        @Test
        void flagsAProcessorThatMayUseTheDataForItself() {
            AgreementFacts facts = new AgreementFacts(
                    null,
                    true,
                    "§3(2): test new versions and train the software",
                    List.of(party("Vendor GmbH", List.of())),
                    ADEQUATE);
            assertThat(new OwnPurposesRule().check(facts))
                    .singleElement()
                    .isEqualTo(RedFlag.of(
                            RedFlagType.OWN_PURPOSES,
                            "Vendor GmbH",
                            "§3(2): test new versions and train the software"));
        }

        @Test
        void passesAProcessorBoundToInstructions() {
            assertThat(new OwnPurposesRule().check(facts(null, false, party("Vendor GmbH", List.of()))))
                    .isEmpty();
        }
    }

    @Nested
    class ExpiredCertification {
        @Test
        void flagsACertificateThatLapsedYesterday() {
            AgreementFacts facts = facts(
                    null,
                    false,
                    party("Host GmbH", List.of(new Certificate("ISO_27001", "ISO 27001", TODAY.minusDays(1)))));
            assertThat(new ExpiredCertificationRule(CLOCK).check(facts))
                    .singleElement()
                    .isEqualTo(RedFlag.of(RedFlagType.EXPIRED_CERTIFICATION, "Host GmbH", "ISO 27001", "2026-11-20"));
        }

        @Test
        void passesACertificateValidTodayOrWithoutExpiry() {
            AgreementFacts facts = facts(
                    null,
                    false,
                    party(
                            "Host GmbH",
                            List.of(
                                    new Certificate("ISO_27001", "ISO 27001", TODAY),
                                    new Certificate("TISAX", "TISAX", null))));
            assertThat(new ExpiredCertificationRule(CLOCK).check(facts)).isEmpty();
        }
    }

    @Nested
    class ReviewOverdue {
        @Test
        void flagsAReviewDateInThePast() {
            assertThat(new ReviewOverdueRule(CLOCK).check(facts(TODAY.minusDays(1), false, party("P", List.of()))))
                    .singleElement()
                    .extracting(RedFlag::type)
                    .isEqualTo(RedFlagType.REVIEW_OVERDUE);
        }

        @Test
        void passesAReviewDueTodayOrNotSet() {
            assertThat(new ReviewOverdueRule(CLOCK).check(facts(TODAY, false, party("P", List.of()))))
                    .isEmpty();
            assertThat(new ReviewOverdueRule(CLOCK).check(facts(null, false, party("P", List.of()))))
                    .isEmpty();
        }
    }

    private static AgreementFacts transfers(Location... locations) {
        return facts(null, false, party("Recipient", List.of(), locations));
    }

    private static AgreementFacts facts(LocalDate review, boolean ownPurposes, Party... parties) {
        return new AgreementFacts(review, ownPurposes, null, List.of(parties), ADEQUATE);
    }

    private static Party party(String name, List<Certificate> certificates, Location... locations) {
        return new Party(name, certificates, List.of(locations));
    }

    private static Party sub(String name, List<Certificate> certificates, Location... locations) {
        return new Party(name, certificates, List.of(locations), 0, true);
    }
}
