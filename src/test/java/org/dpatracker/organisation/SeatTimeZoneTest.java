package org.dpatracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.dpatracker.core.Dates;
import org.junit.jupiter.api.Test;

/** The clock a controller's documents are dated by, read from its seat. */
class SeatTimeZoneTest {

    @Test
    void aSeatInGermanyDatesByBerlinAndOnTheCanaryIslandsByTheCanaries() {
        assertThat(SeatTimeZone.of(seat("DE", "DE-BY"))).contains(ZoneId.of("Europe/Berlin"));
        assertThat(SeatTimeZone.of(seat("ES", "ES-CN"))).contains(ZoneId.of("Atlantic/Canary"));
        assertThat(SeatTimeZone.of(seat("ES", null))).contains(ZoneId.of("Europe/Madrid"));
    }

    @Test
    void aCountryOfSeveralZonesOrNoneRecordedIsNotGuessedButUtc() {
        assertThat(SeatTimeZone.of(seat("US", "US-CA"))).isEmpty();
        assertThat(SeatTimeZone.orUtc(seat(null, null))).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void theTimeNamesItsZoneInTheReadersLanguage() {
        Instant summer = Instant.parse("2027-07-01T10:05:00Z");
        Instant winter = Instant.parse("2027-01-15T10:05:00Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(Dates.formatWithZone(summer, Locale.GERMAN, berlin)).isEqualTo("01.07.2027 12:05 MESZ");
        assertThat(Dates.formatWithZone(winter, Locale.GERMAN, berlin)).isEqualTo("15.01.2027 11:05 MEZ");
        assertThat(Dates.formatWithZone(winter, Locale.ENGLISH, berlin)).isEqualTo("2027-01-15 11:05 CET");
        assertThat(Dates.formatWithZone(winter, Locale.ENGLISH, ZoneOffset.UTC)).isEqualTo("2027-01-15 10:05 UTC");
    }

    private static Organisation seat(String country, String subdivision) {
        return new Organisation(
                1L, "Seat", null, null, null, null, country, null, null, null, true, 0, null, subdivision);
    }
}
