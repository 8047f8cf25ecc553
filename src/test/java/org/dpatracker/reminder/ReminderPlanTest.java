package org.dpatracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday, 2 December 2026, 10:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<Integer> LEADS = List.of(30, 7, 1);

    @Test
    void aDeadlineFurtherAwayThanEveryLeadTimeIsNotRemindedYet() {
        assertThat(ReminderPlan.stage(onDay(DeadlineKind.AUDIT, TODAY.plusDays(31)), LEADS, NOW, BERLIN))
                .isEmpty();
    }

    @Test
    void eachLeadTimeAppliesFromItsDayOn() {
        assertThat(stageOf(TODAY.plusDays(30))).isEqualTo("30");
        assertThat(stageOf(TODAY.plusDays(8))).isEqualTo("30");
        assertThat(stageOf(TODAY.plusDays(7)))
                .as("due in seven days: all day today")
                .isEqualTo("7");
        assertThat(stageOf(TODAY.plusDays(1))).isEqualTo("1");
        assertThat(stageOf(TODAY)).as("due today").isEqualTo("1");
        assertThat(stageOf(TODAY.minusDays(1))).isEqualTo(ReminderPlan.OVERDUE);
    }

    @Test
    void aDeadlineThatAppearsCloserThanALeadTimeGetsTheNearestReminderAtOnce() {
        assertThat(stageOf(TODAY.plusDays(5)))
                .as("entered five days before: the seven-day reminder now, not the thirty-day one")
                .isEqualTo("7");
    }

    @Test
    void theLeadTimesAreTheUsersOwn() {
        assertThat(ReminderPlan.stage(onDay(DeadlineKind.AUDIT, TODAY.plusDays(10)), List.of(14, 3), NOW, BERLIN))
                .hasValue("14");
    }

    @Test
    void aClockOfHoursIsMeasuredByTheClock() {
        Deadline breach = atInstant(DeadlineKind.BREACH_AUTHORITY, NOW.plus(Duration.ofHours(71)));
        assertThat(ReminderPlan.stage(breach, LEADS, NOW, BERLIN)).hasValue("7");
        assertThat(ReminderPlan.stage(breach, LEADS, NOW.plus(Duration.ofHours(48)), BERLIN))
                .hasValue("1");
        assertThat(ReminderPlan.stage(breach, LEADS, NOW.plus(Duration.ofHours(72)), BERLIN))
                .hasValue(ReminderPlan.OVERDUE);
    }

    @Test
    void breachesShortObjectionWindowsAndAnythingDueByTomorrowAreUrgent() {
        assertThat(ReminderPlan.urgent(
                        atInstant(DeadlineKind.BREACH_AUTHORITY, NOW.plusSeconds(3600 * 70)), NOW, BERLIN))
                .isTrue();
        assertThat(ReminderPlan.urgent(onDay(DeadlineKind.OBJECTION, TODAY.plusDays(6)), NOW, BERLIN))
                .isTrue();
        assertThat(ReminderPlan.urgent(onDay(DeadlineKind.OBJECTION, TODAY.plusDays(7)), NOW, BERLIN))
                .isFalse();
        assertThat(ReminderPlan.urgent(onDay(DeadlineKind.AUDIT, TODAY.plusDays(1)), NOW, BERLIN))
                .isTrue();
        assertThat(ReminderPlan.urgent(onDay(DeadlineKind.AUDIT, TODAY.plusDays(2)), NOW, BERLIN))
                .isFalse();
        assertThat(ReminderPlan.urgent(onDay(DeadlineKind.AUDIT, TODAY.minusDays(3)), NOW, BERLIN))
                .as("an overdue audit waits for the digest")
                .isFalse();
    }

    @Test
    void aDailyDigestGoesOutFromSevenInTheMorningOfTheUsersTimeZone() {
        Instant sixInBerlin = Instant.parse("2026-12-02T05:59:00Z");
        assertThat(ReminderPlan.digestPeriod(Digest.DAILY, sixInBerlin, BERLIN)).isEmpty();
        assertThat(ReminderPlan.digestPeriod(Digest.DAILY, sixInBerlin, ZoneId.of("Asia/Tokyo")))
                .as("already afternoon in Tokyo")
                .hasValue("2026-12-02");
        assertThat(ReminderPlan.digestPeriod(Digest.DAILY, NOW, BERLIN)).hasValue("2026-12-02");
        assertThat(ReminderPlan.digestPeriod(Digest.OFF, NOW, BERLIN)).isEmpty();
    }

    @Test
    void aWeeklyDigestBelongsToTheIsoWeekFromMondayMorningOn() {
        Instant mondayEarly = Instant.parse("2026-11-30T05:00:00Z");
        Instant mondayLater = Instant.parse("2026-11-30T06:00:00Z");
        assertThat(ReminderPlan.digestPeriod(Digest.WEEKLY, mondayEarly, BERLIN))
                .isEmpty();
        assertThat(ReminderPlan.digestPeriod(Digest.WEEKLY, mondayLater, BERLIN))
                .hasValue("2026-W49");
        assertThat(ReminderPlan.digestPeriod(Digest.WEEKLY, NOW, BERLIN)).hasValue("2026-W49");
    }

    private static String stageOf(LocalDate due) {
        return ReminderPlan.stage(onDay(DeadlineKind.AUDIT, due), LEADS, NOW, BERLIN)
                .orElseThrow();
    }

    private static Deadline onDay(DeadlineKind kind, LocalDate due) {
        return new Deadline(kind, "test:1", null, due, 1L, "Vendor", null, null, "Subject", due.isBefore(TODAY));
    }

    private static Deadline atInstant(DeadlineKind kind, Instant due) {
        return new Deadline(kind, "breach:1", due, null, 1L, "Vendor", 1L, null, "Subject", false);
    }
}
