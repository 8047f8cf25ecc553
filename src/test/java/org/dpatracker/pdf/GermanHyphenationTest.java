package org.dpatracker.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German words of the annexes divided where a German reader expects, never mid-syllable. */
class GermanHyphenationTest {

    @ParameterizedTest
    @CsvSource({
        "Auftragsverarbeitung, Auf-trags-ver-ar-bei-tung",
        "Unterauftragsverarbeiter, Un-ter-auf-trags-ver-ar-bei-ter",
        "Datenschutz, Da-ten-schutz",
        "Verschlüsselung, Ver-schlüs-se-lung",
        "Pseudonymisierung, Pseu-do-ny-mi-sie-rung",
        "Zugriffskontrolle, Zu-griffs-kon-trol-le",
        "Übermittlung, Über-mitt-lung",
        "Weitergabekontrolle, Wei-ter-ga-be-kon-trol-le",
        "Verfügbarkeit, Ver-füg-bar-keit",
    })
    void dividesAtSyllables(String word, String divided) {
        assertThat(divide(word)).isEqualTo(divided);
    }

    @Test
    void aWrittenHyphenIsAPlaceToEndTheLineWithoutAddingOne() {
        String word = "E-Mail-Adresse";
        assertThat(GermanHyphenation.points(word)).contains(7);
        assertThat(GermanHyphenation.needsHyphen(word.substring(0, 7))).isFalse();
    }

    @Test
    void noSingleLetterIsLeftAndShortWordsStayWhole() {
        assertThat(divide("Übergabe")).isEqualTo("Über-ga-be");
        assertThat(GermanHyphenation.points("Amt")).isEmpty();
        assertThat(GermanHyphenation.points("Art. 28(3)")).isEmpty();
    }

    private static String divide(String word) {
        StringBuilder divided = new StringBuilder(word);
        List<Integer> points = GermanHyphenation.points(word);
        for (int i = points.size() - 1; i >= 0; i--) {
            divided.insert(points.get(i).intValue(), '-');
        }
        return divided.toString();
    }
}
