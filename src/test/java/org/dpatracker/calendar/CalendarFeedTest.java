package org.dpatracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.junit.jupiter.api.Test;

/** Deadlines as calendar events, as a calendar program reads them back. */
class CalendarFeedTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate JULY_FIRST = LocalDate.of(2026, 7, 1);

    @Test
    void aDayDeadlineIsAnAllDayEventWithAReminderAtNineTheDayBefore() throws Exception {
        Calendar calendar = parse(feed(Locale.ENGLISH).render(List.of(review(JULY_FIRST))));

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarFeed.PRODUCT);
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("DPA Tracker: my deadlines");
        VEvent event = onlyEvent(calendar);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260701");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE:");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20260702");
        assertThat(event.getSummary().getValue()).isEqualTo("Review of the agreement – Ubimax GmbH");
        assertThat(event.getDescription().getValue())
                .contains("Review of the agreement – due 2026-07-01.", "Ubimax GmbH")
                .contains("Open in the DPA tracker: https://dpa.example.org/agreement/5");
        assertThat(event.getUrl().getValue()).isEqualTo("https://dpa.example.org/agreement/5");
        assertThat(event.getDateStamp().orElseThrow().getDate()).isEqualTo(NOW);
        assertThat(event.getUid().orElseThrow().getValue()).endsWith("@dpa-tracker");
        assertThat(event.getAlarms()).singleElement().satisfies(alarm -> {
            assertThat(alarm.getTrigger().orElseThrow().getValue()).isEqualTo("-PT15H");
            assertThat(alarm.getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
        });
    }

    @Test
    void aClockIsATimedEventInUtcWithAnAlarmADayBefore() throws Exception {
        Instant due = Instant.parse("2026-06-04T10:30:00Z");
        Calendar calendar = parse(feed(Locale.ENGLISH).render(List.of(breach(due))));

        assertThat(calendar.validate().getEntries()).isEmpty();
        VEvent event = onlyEvent(calendar);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260604T103000Z");
        assertThat(event.getAlarms())
                .singleElement()
                .satisfies(alarm -> assertThat(trigger(alarm)).isEqualTo("-P1D"));
    }

    @Test
    void aReminderWhoseTimeHasPassedIsLeftOut() throws Exception {
        LocalDate tomorrow = LocalDate.of(2026, 6, 2);
        Instant inTenHours = NOW.plusSeconds(10 * 3600);

        Calendar calendar = parse(feed(Locale.ENGLISH).render(List.of(review(tomorrow), breach(inTenHours))));

        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT))
                .hasSize(2)
                .allSatisfy(event -> assertThat(event.getAlarms()).isEmpty());
        assertThat(ZonedDateTime.of(tomorrow.minusDays(1).atTime(9, 0), BERLIN).toInstant())
                .as("9:00 the day before in Berlin")
                .isBefore(NOW);
    }

    @Test
    void aDeadlineThatMovesKeepsItsUid() throws Exception {
        String before = onlyEvent(parse(feed(Locale.ENGLISH).render(List.of(review(JULY_FIRST)))))
                .getUid()
                .orElseThrow()
                .getValue();
        VEvent moved = onlyEvent(parse(feed(Locale.ENGLISH).render(List.of(review(JULY_FIRST.plusMonths(2))))));

        assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(before);
        assertThat(moved.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260901");
        assertThat(CalendarFeed.uid(new Deadline(
                        DeadlineKind.AGREEMENT_END,
                        "agreement:5",
                        null,
                        JULY_FIRST,
                        5L,
                        "Ubimax GmbH",
                        null,
                        null,
                        null,
                        false)))
                .as("another kind of deadline of the same agreement")
                .isNotEqualTo(before);
    }

    @Test
    void aBreachIsNamedByItsNumberOnly() throws Exception {
        String text = new String(
                feed(Locale.ENGLISH).render(List.of(breach(Instant.parse("2026-06-04T10:30:00Z")))),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).contains("Breach no. 12").doesNotContain("Payroll", "wrong recipient");
    }

    @Test
    void anOverdueDeadlineSaysSoInGermanForAGermanReader() throws Exception {
        Deadline overdue = new Deadline(
                DeadlineKind.AGREEMENT_REVIEW,
                "agreement:5",
                null,
                LocalDate.of(2026, 5, 20),
                5L,
                "Ubimax GmbH",
                null,
                null,
                null,
                true);

        VEvent event = onlyEvent(parse(feed(Locale.GERMAN).render(List.of(overdue))));

        assertThat(event.getSummary().getValue()).isEqualTo("Überfällig: Überprüfung des Vertrags – Ubimax GmbH");
        assertThat(event.getDescription().getValue()).contains("Im DPA-Tracker öffnen");
    }

    private static CalendarFeed feed(Locale locale) {
        return new CalendarFeed(locale, BERLIN, NOW, path -> "https://dpa.example.org/" + path, "dpa@example.org");
    }

    private static Deadline review(LocalDate due) {
        return new Deadline(
                DeadlineKind.AGREEMENT_REVIEW, "agreement:5", null, due, 5L, "Ubimax GmbH", null, null, null, false);
    }

    private static Deadline breach(Instant due) {
        return new Deadline(
                DeadlineKind.BREACH_AUTHORITY,
                "breach:12",
                due,
                null,
                5L,
                "Ubimax GmbH",
                12L,
                null,
                "Payroll export sent to a wrong recipient",
                false);
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).orElseThrow().getValue();
    }

    private static String trigger(VAlarm alarm) {
        return alarm.getTrigger().orElseThrow().getValue();
    }
}
