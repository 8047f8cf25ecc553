package org.dpatracker.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.MissingPoint;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract and certificate rules: a signed agreement, partly stipulated points, unverified and superseded
 * certificates.
 */
class ContractAndCertificateRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Party PROCESSOR = new Party("Ubimax GmbH", List.of(), List.of(new Location("DE", null)));

    @Nested
    class NoSignedAgreement {
        @Test
        void flagsAProcessorInUseWithoutASignedAgreement() {
            AgreementFacts draft =
                    new AgreementFacts(null, false, null, List.of(PROCESSOR), Map.of(), List.of(), List.of(), false);
            assertThat(new NoSignedAgreementRule().check(draft))
                    .containsExactly(RedFlag.of(RedFlagType.NO_SIGNED_AGREEMENT, "Ubimax GmbH"));
        }

        @Test
        void passesASignedOrEndedAgreement() {
            AgreementFacts signed =
                    new AgreementFacts(null, false, null, List.of(PROCESSOR), Map.of(), List.of(), List.of(), true);
            assertThat(new NoSignedAgreementRule().check(signed)).isEmpty();
        }
    }

    @Nested
    class PartialContractPoint {
        @Test
        void flagsAPointStipulatedOnlyInPart() {
            AgreementFacts facts = new AgreementFacts(
                    null,
                    false,
                    null,
                    List.of(PROCESSOR),
                    Map.of(),
                    List.of(),
                    List.of(new MissingPoint("H_AUDITS", "Art. 28(3)(h)", "Art. 28 Abs. 3 S. 2 lit. h")),
                    true);
            assertThat(MissingContractPointRule.partial().check(facts))
                    .containsExactly(RedFlag.of(
                            RedFlagType.CONTRACT_POINT_PARTIAL,
                            "Ubimax GmbH",
                            "Art. 28(3)(h)",
                            "#contract.point.H_AUDITS",
                            "Art. 28 Abs. 3 S. 2 lit. h"));
        }

        @Test
        void passesAContractWithoutPartialPoints() {
            assertThat(MissingContractPointRule.partial()
                            .check(new AgreementFacts(null, false, null, List.of(PROCESSOR), Map.of())))
                    .isEmpty();
        }
    }

    @Nested
    class BreachNoticeGap {
        @Test
        void flagsAClauseThatInformsOnlyOfNotifiableBreachesOrAllowsSeventyTwoHours() {
            assertThat(new BreachNoticeGapRule().check(withBreachNotice(new AgreementFacts.BreachNotice(null, true))))
                    .containsExactly(
                            RedFlag.of(RedFlagType.BREACH_NOTICE_GAP, "Ubimax GmbH", "#breach.gap.conditional"));
            assertThat(new BreachNoticeGapRule().check(withBreachNotice(new AgreementFacts.BreachNotice(72, false))))
                    .containsExactly(RedFlag.of(RedFlagType.BREACH_NOTICE_GAP, "Ubimax GmbH", "#breach.gap.too-late"));
        }

        @Test
        void passesAnUnconditionalPromptNoticeAndAnUnrecordedDuty() {
            assertThat(new BreachNoticeGapRule().check(withBreachNotice(new AgreementFacts.BreachNotice(24, false))))
                    .isEmpty();
            assertThat(new BreachNoticeGapRule().check(withBreachNotice(null))).isEmpty();
        }

        private AgreementFacts withBreachNotice(AgreementFacts.BreachNotice notice) {
            return new AgreementFacts(
                    null,
                    false,
                    null,
                    List.of(PROCESSOR),
                    Map.of(),
                    List.of(),
                    List.of(),
                    true,
                    AgreementFacts.Recipient.PROCESSOR,
                    List.of(),
                    notice);
        }
    }

    @Nested
    class UnverifiedCertification {
        @Test
        void flagsACertificateWithoutExpiry() {
            AgreementFacts facts =
                    withCertificates(new Certificate("TISAX", "TISAX", null), new Certificate("ISO_27001", null, null));
            assertThat(new UnverifiedCertificationRule().check(facts))
                    .containsExactly(
                            RedFlag.of(RedFlagType.CERTIFICATION_UNVERIFIED, "Axilaris GmbH", "TISAX"),
                            RedFlag.of(RedFlagType.CERTIFICATION_UNVERIFIED, "Axilaris GmbH", "ISO_27001"));
        }

        @Test
        void passesCertificatesWithExpiryAndTheScopeConfirmation() {
            AgreementFacts facts = withCertificates(
                    new Certificate("TISAX", "TISAX", LocalDate.of(2027, 3, 1)),
                    new Certificate("ADEQUACY_SCOPE", "subject to PIPEDA", null));
            assertThat(new UnverifiedCertificationRule().check(facts)).isEmpty();
        }
    }

    @Nested
    class SupersededStandard {
        @Test
        void flagsIso27001Of2013AfterTheTransitionEnded() {
            AgreementFacts facts =
                    withCertificates(new Certificate("ISO_27001", "ISO/IEC 27001:2013", LocalDate.of(2027, 1, 1)));
            assertThat(new SupersededStandardRule(CLOCK).check(facts))
                    .containsExactly(RedFlag.of(
                            RedFlagType.CERTIFICATION_SUPERSEDED,
                            "Axilaris GmbH",
                            "ISO/IEC 27001:2013",
                            "2025-10-31",
                            "ISO/IEC 27001:2022"));
        }

        @Test
        void passesTheCurrentVersionAndTheOldOneBeforeTheTransitionEnded() {
            AgreementFacts current =
                    withCertificates(new Certificate("ISO_27001", "ISO/IEC 27001:2022", LocalDate.of(2027, 1, 1)));
            AgreementFacts old =
                    withCertificates(new Certificate("ISO_27001", "ISO 27001 : 2013", LocalDate.of(2026, 1, 1)));
            Clock duringTransition = Clock.fixed(Instant.parse("2025-10-31T12:00:00Z"), ZoneOffset.UTC);
            assertThat(new SupersededStandardRule(CLOCK).check(current)).isEmpty();
            assertThat(new SupersededStandardRule(duringTransition).check(old)).isEmpty();
        }
    }

    private static AgreementFacts withCertificates(Certificate... certificates) {
        return new AgreementFacts(
                null,
                false,
                null,
                List.of(new Party("Axilaris GmbH", List.of(certificates), List.of(new Location("DE", null)))),
                Map.of());
    }
}
