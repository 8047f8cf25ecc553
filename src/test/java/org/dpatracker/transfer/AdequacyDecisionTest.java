package org.dpatracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An entry of the adequacy list asks to be verified again after twelve months and ends at its sunset date. */
class AdequacyDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void anEntryVerifiedMoreThanTwelveMonthsAgoIsToBeVerifiedAgain() {
        assertThat(verifiedOn(LocalDate.of(2025, 12, 1)).verificationStale(TODAY))
                .isTrue();
        assertThat(verifiedOn(LocalDate.of(2025, 12, 2)).verificationStale(TODAY))
                .isFalse();
        assertThat(verifiedOn(LocalDate.of(2026, 1, 15)).verificationStale(TODAY))
                .isFalse();
    }

    @Test
    void theUnitedKingdomsRenewedDecisionRunsToTheEndOf27December2031() {
        AdequacyDecision uk = new AdequacyDecision(
                "GB",
                "renewal",
                LocalDate.of(2025, 12, 19),
                AdequacyScope.WHOLE_COUNTRY,
                null,
                LocalDate.of(2031, 12, 27),
                TODAY,
                1);
        assertThat(uk.expiredOn(LocalDate.of(2031, 12, 27))).isFalse();
        assertThat(uk.expiredOn(LocalDate.of(2031, 12, 28))).isTrue();
    }

    private static AdequacyDecision verifiedOn(LocalDate day) {
        return new AdequacyDecision("CH", "Decision 2000/518/EC", null, null, null, null, day, 0);
    }
}
