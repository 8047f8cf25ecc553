package org.dpatracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The secret of a feed address: long, random, URL-safe, kept only as a hash. */
class UrlSecretTest {

    @Test
    void tokensAreUrlSafeAndDifferEveryTime() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(UrlSecret.create());
        }
        assertThat(tokens)
                .hasSize(100)
                .allSatisfy(token -> assertThat(UrlSecret.wellFormed(token)).isTrue());
    }

    @Test
    void theHashIsSha256AndAnythingElseIsNotEvenLookedUp() {
        String token = UrlSecret.create();
        assertThat(UrlSecret.hash(token)).hasSize(64).isEqualTo(UrlSecret.hash(token));
        assertThat(UrlSecret.wellFormed(null)).isFalse();
        assertThat(UrlSecret.wellFormed("../../etc/passwd")).isFalse();
        assertThat(UrlSecret.wellFormed(token + "x")).isFalse();
    }
}
