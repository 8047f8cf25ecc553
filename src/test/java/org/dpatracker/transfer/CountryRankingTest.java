package org.dpatracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the country picker offers first for what the user types. */
class CountryRankingTest {

    private final CountryRanking english = new CountryRanking(Countries.all(Locale.ENGLISH), Locale.ENGLISH);
    private final CountryRanking german = new CountryRanking(Countries.all(Locale.GERMAN), Locale.GERMAN);

    @Test
    void aNameThatStartsWithTheInputComesBeforeOneThatOnlyContainsIt() {
        assertThat(english.rank("India")).startsWith("IN").contains("IO");
        assertThat(english.rank("india").indexOf("IN"))
                .isLessThan(english.rank("india").indexOf("IO"));
    }

    @Test
    void theCodeFindsTheCountryFirst() {
        assertThat(english.rank("US")).first().isEqualTo("US");
        assertThat(english.rank("us")).first().isEqualTo("US");
        assertThat(german.rank("DEU")).first().isEqualTo("DE");
    }

    @Test
    void namesMatchInTheUsersLanguage() {
        assertThat(german.rank("Deu")).first().isEqualTo("DE");
        assertThat(english.rank("Ger")).first().isEqualTo("DE");
        assertThat(german.rank("Ver")).contains("US", "GB", "AE");
    }

    @Test
    void aWordInsideTheNameCountsBeforeAnyInnerMatch() {
        assertThat(english.rank("Kingdom")).first().isEqualTo("GB");
        assertThat(english.rank("zzzz")).isEmpty();
        assertThat(english.rank("")).hasSize(Countries.all(Locale.ENGLISH).size());
    }
}
