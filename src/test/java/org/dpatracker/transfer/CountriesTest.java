package org.dpatracker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {

    @ParameterizedTest
    @CsvSource({"EL, GR", "el, GR", "UK, GB", " de , DE", "us, US", "GR, GR", "GB, GB"})
    void normalisesWhatUsersType(String input, String stored) {
        assertThat(Countries.normalise(input)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "EU", "DEU", "", "U"})
    void refusesUnknownCodes(String input) {
        assertThat(Countries.normalise(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"EU, EU", "eea, EU", "EWR, EU", "el, GR", "UK, GB"})
    void locationsMayBeSomewhereInTheEu(String input, String stored) {
        assertThat(Countries.normaliseLocation(input)).contains(stored);
    }

    @Test
    void theEuAsAWholeIsInsideTheEeaButNoOrganisationCountry() {
        assertThat(Countries.isInEea(Countries.EU)).isTrue();
        assertThat(Countries.normalise("EU")).isEmpty();
    }

    @Test
    void knowsTheEea() {
        assertThat(Countries.isInEea("DE")).isTrue();
        assertThat(Countries.isInEea("NO")).isTrue();
        assertThat(Countries.isInEea("GR")).isTrue();
        assertThat(Countries.isInEea("CH")).isFalse();
        assertThat(Countries.isInEea("GB")).isFalse();
        assertThat(Countries.EEA)
                .as("30 states and 7 territories with codes of their own")
                .hasSize(37);
        assertThat(java.util.List.of("RE", "GF", "GP", "MQ", "YT", "MF", "AX")).allMatch(Countries::isInEea);
        assertThat(Countries.isInEea("NC"))
                .as("New Caledonia is an overseas country, not part of the EU")
                .isFalse();
    }

    @Test
    void namesCountriesInTheUsersLanguage() {
        assertThat(Countries.name("DE", Locale.GERMAN)).isEqualTo("Deutschland");
        assertThat(Countries.name("US", Locale.ENGLISH)).isEqualTo("United States");
    }
}
