package org.dpatracker.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.MissingPoint;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.dpatracker.redflag.AgreementFacts.Recipient;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;

/**
 * Which rules apply depends on what the recipient is: Art. 28 rules to processors, the Art. 26 rule
 * to joint controllers, the Chapter V rules to every recipient.
 */
class RelationshipRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final RedFlagChecker CHECKER = new RedFlagChecker(CLOCK);

    /** A draft without locations or certificate expiry, with a point recorded as missing: flags for a processor. */
    private static AgreementFacts draft(
            Recipient recipient, List<String> arrangementGaps, boolean concluded, Location... locations) {
        return new AgreementFacts(
                null,
                false,
                null,
                List.of(new Party(
                        "Facebook Inc",
                        List.of(new Certificate("ISO_27001", "ISO 27001", null)),
                        List.of(locations),
                        0,
                        false)),
                Map.of(),
                List.of(new MissingPoint("AUDITS", "Art. 28(3)(h)")),
                List.of(),
                concluded,
                recipient,
                arrangementGaps);
    }

    @Test
    void aProcessorGetsTheArticle28Flags() {
        assertThat(CHECKER.check(draft(Recipient.PROCESSOR, List.of(), false)))
                .extracting(RedFlag::type)
                .containsExactly(
                        RedFlagType.NO_SIGNED_AGREEMENT,
                        RedFlagType.LOCATION_MISSING,
                        RedFlagType.CERTIFICATION_UNVERIFIED,
                        RedFlagType.CONTRACT_POINT_MISSING);
    }

    @Test
    void aJointControllerWithoutAConcludedArrangementGetsTheArticle26FlagOnly() {
        assertThat(CHECKER.check(draft(Recipient.JOINT_CONTROLLER, List.of(), false)))
                .containsExactly(RedFlag.of(RedFlagType.JOINT_CONTROL_WITHOUT_ARRANGEMENT, "Facebook Inc"));
    }

    @Test
    void aConcludedArrangementNamesWhatItLacks() {
        assertThat(CHECKER.check(
                        draft(Recipient.JOINT_CONTROLLER, List.of("CONTACT_POINT", "ESSENCE_AVAILABLE"), true)))
                .containsExactly(
                        RedFlag.of(
                                RedFlagType.JOINT_ARRANGEMENT_INCOMPLETE, "Facebook Inc", "#joint.gap.CONTACT_POINT"),
                        RedFlag.of(
                                RedFlagType.JOINT_ARRANGEMENT_INCOMPLETE,
                                "Facebook Inc",
                                "#joint.gap.ESSENCE_AVAILABLE"));
        assertThat(CHECKER.check(draft(Recipient.JOINT_CONTROLLER, List.of(), true)))
                .isEmpty();
    }

    @Test
    void anIndependentControllerGetsNoArticle28OrArticle26FlagsButTheTransferRules() {
        assertThat(CHECKER.check(draft(Recipient.OTHER, List.of(), false))).isEmpty();
        assertThat(CHECKER.check(
                        draft(Recipient.OTHER, List.of(), false, new Location("US", TransferMechanism.PRIVACY_SHIELD))))
                .extracting(RedFlag::type)
                .containsExactly(RedFlagType.INVALIDATED_FRAMEWORK);
    }

    @Test
    void aControllerRecipientOnTheClausesTakesModuleOne() {
        assertThat(CHECKER.check(draft(
                        Recipient.OTHER, List.of(), false, new Location("IN", TransferMechanism.SCC_2021, 2, "TIA-1"))))
                .containsExactly(RedFlag.of(RedFlagType.SCC_MODULE_MISMATCH, "Facebook Inc", "IN", "2", "1"));
        assertThat(CHECKER.check(draft(
                        Recipient.OTHER, List.of(), false, new Location("IN", TransferMechanism.SCC_2021, 1, "TIA-1"))))
                .isEmpty();
    }
}
