package org.dpatracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.junit.jupiter.api.Test;

class ReminderMailTextTest {

    private static final MailSettings SETTINGS =
            new MailSettings("smtp.example.org", "dpa@example.org", "https://dpa.example.org/");
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aReminderLinksItsPageAndNamesABreachByNumberOnly() {
        Deadline breach = new Deadline(
                DeadlineKind.BREACH_AUTHORITY,
                "breach:7",
                NOW.plusSeconds(3600 * 70),
                null,
                3L,
                "Ubimax GmbH",
                7L,
                null,
                "Salary data of 40 employees mailed to a wrong recipient",
                false);

        ReminderMail mail = ReminderMail.reminder(breach, "7", "Dana", Locale.ENGLISH, BERLIN, SETTINGS);

        assertThat(mail.subject()).startsWith("Notify the supervisory authority (72 h): due 2026-12-05 08:00");
        assertThat(mail.text())
                .startsWith("Hello Dana,")
                .contains("Ubimax GmbH – Breach no. 7", "https://dpa.example.org/breach/7")
                .doesNotContain("Salary data");
        assertThat(mail.html()).contains("<a href=\"https://dpa.example.org/breach/7\">");
    }

    @Test
    void aLongListingShowsTheNearestFiftyAndLeadsToTheDeadlinesPageForTheRest() {
        List<Deadline> many = IntStream.range(0, 60)
                .mapToObj(i -> new Deadline(
                        DeadlineKind.AGREEMENT_REVIEW,
                        "agreement:" + i,
                        null,
                        LocalDate.of(2026, 12, 3).plusDays(i % 20),
                        (long) i,
                        "Vendor " + i,
                        null,
                        null,
                        null,
                        false))
                .toList();

        ReminderMail mail = ReminderMail.collected(many, NOW, "Dana", Locale.GERMAN, BERLIN, SETTINGS);

        assertThat(mail.subject()).isEqualTo("60 Erinnerungen an Ihre Fristen");
        assertThat(mail.text())
                .contains(
                        "/agreement/49", "und 10 weitere auf der Seite der Fristen: https://dpa.example.org/deadlines")
                .doesNotContain("/agreement/50\n", "/agreement/59");
    }
}
