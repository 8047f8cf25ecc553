package org.dpatracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The secret of a feed address: long, random, URL-safe, kept only as a hash. */
class CalendarTokenTest {

    @Test
    void tokensAreUrlSafeAndDifferEveryTime() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(CalendarToken.create());
        }
        assertThat(tokens)
                .hasSize(100)
                .allSatisfy(token -> assertThat(CalendarToken.wellFormed(token)).isTrue());
    }

    @Test
    void theHashIsSha256AndAnythingElseIsNotEvenLookedUp() {
        String token = CalendarToken.create();
        assertThat(CalendarToken.hash(token)).hasSize(64).isEqualTo(CalendarToken.hash(token));
        assertThat(CalendarToken.wellFormed(null)).isFalse();
        assertThat(CalendarToken.wellFormed("../../etc/passwd")).isFalse();
        assertThat(CalendarToken.wellFormed(token + "x")).isFalse();
    }
}
