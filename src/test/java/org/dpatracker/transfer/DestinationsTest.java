package org.dpatracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A transfer's goal country in German and English grammar. */
class DestinationsTest {

    @Test
    void germanNamesCountriesWithTheirArticle() {
        assertThat(Destinations.towards("US", Locale.GERMAN)).isEqualTo("in die Vereinigten Staaten");
        assertThat(Destinations.towards("CH", Locale.GERMAN)).isEqualTo("in die Schweiz");
        assertThat(Destinations.towards("GB", Locale.GERMAN)).isEqualTo("in das Vereinigte Königreich");
        assertThat(Destinations.towards("NL", Locale.GERMAN)).isEqualTo("in die Niederlande");
        assertThat(Destinations.towards("IN", Locale.GERMAN)).isEqualTo("nach Indien");
        assertThat(Destinations.towards("DE", Locale.GERMAN)).isEqualTo("nach Deutschland");
    }

    @Test
    void englishNamesSomeCountriesWithThe() {
        assertThat(Destinations.towards("US", Locale.ENGLISH)).isEqualTo("to the United States");
        assertThat(Destinations.towards("IN", Locale.ENGLISH)).isEqualTo("to India");
        assertThat(Destinations.towards("CH", Locale.ENGLISH)).isEqualTo("to Switzerland");
    }

    @Test
    void aSentenceGetsThePhraseInItsGrammar() {
        assertThat(Destinations.inSentence("Übermittlung nach Vereinigte Staaten ohne DPF", "US", Locale.GERMAN))
                .isEqualTo("Übermittlung in die Vereinigten Staaten ohne DPF");
        assertThat(Destinations.inSentence("Übermittlung nach Indien", "IN", Locale.GERMAN))
                .isEqualTo("Übermittlung nach Indien");
        assertThat(Destinations.inSentence("transfer to Netherlands", "NL", Locale.ENGLISH))
                .isEqualTo("transfer to the Netherlands");
    }
}
