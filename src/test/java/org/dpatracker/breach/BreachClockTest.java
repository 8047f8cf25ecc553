package org.dpatracker.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The 72-hour clock on fixed instants, shown in Berlin time across both daylight-saving changes. */
class BreachClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void acrossTheMarchChangeTheDeadlineIsSeventyTwoRealHoursLaterAndReadsOneHourLaterOnTheWallClock() {
        Instant aware = berlin("2026-03-28T10:00");

        Instant deadline = BreachClock.authorityDeadline(aware);

        assertThat(Duration.between(aware, deadline)).isEqualTo(Duration.ofHours(72));
        assertThat(ZonedDateTime.ofInstant(deadline, BERLIN).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-31T11:00"));
    }

    @Test
    void acrossTheOctoberChangeTheDeadlineReadsOneHourEarlierOnTheWallClock() {
        Instant deadline = BreachClock.authorityDeadline(berlin("2026-10-23T10:00"));

        assertThat(ZonedDateTime.ofInstant(deadline, BERLIN).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-26T09:00"));
    }

    @Test
    void awarenessInTheRepeatedHourOfOctoberCountsFromTheInstantNotTheWallClock() {
        Instant firstOneThirty = ZonedDateTime.of(LocalDateTime.parse("2026-10-25T02:30"), BERLIN)
                .withEarlierOffsetAtOverlap()
                .toInstant();
        Instant secondOneThirty = ZonedDateTime.of(LocalDateTime.parse("2026-10-25T02:30"), BERLIN)
                .withLaterOffsetAtOverlap()
                .toInstant();

        assertThat(Duration.between(
                        BreachClock.authorityDeadline(firstOneThirty), BreachClock.authorityDeadline(secondOneThirty)))
                .isEqualTo(Duration.ofHours(1));
        assertThat(ZonedDateTime.ofInstant(BreachClock.authorityDeadline(secondOneThirty), BERLIN)
                        .toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-28T02:30"));
    }

    @Test
    void aNotificationAtTheDeadlineIsInTimeAndOneMinuteLaterNeedsReasons() {
        Instant aware = berlin("2026-03-28T10:00");

        assertThat(BreachClock.authorityLate(aware, berlin("2026-03-31T11:00"))).isFalse();
        assertThat(BreachClock.authorityLate(aware, berlin("2026-03-31T11:01"))).isTrue();
        assertThat(BreachClock.authorityLate(aware, null)).isFalse();
    }

    @Test
    void theCountdownIsTheTimeLeftAndNegativeOncePassed() {
        Instant aware = Instant.parse("2026-02-27T22:00:00Z");

        assertThat(BreachClock.remaining(aware, aware.plus(Duration.ofHours(1))))
                .isEqualTo(Duration.ofHours(71));
        assertThat(BreachClock.remaining(aware, aware.plus(Duration.ofHours(80))))
                .isEqualTo(Duration.ofHours(-8));
    }

    @Test
    void theProcessorIsLateAfterItsContractualHoursAndWordingAloneSetsNoClock() {
        Instant detected = Instant.parse("2026-06-01T08:00:00Z");

        assertThat(BreachClock.processorLate(detected, detected.plus(Duration.ofHours(24)), 24))
                .isFalse();
        assertThat(BreachClock.processorLate(detected, detected.plus(Duration.ofHours(25)), 24))
                .isTrue();
        assertThat(BreachClock.processorLate(detected, detected.plus(Duration.ofDays(9)), null))
                .isFalse();
    }

    @Test
    void onlyALikelyRiskIsNotifiedAndOnlyAHighRiskIsToldToTheSubjects() {
        assertThat(BreachClock.authorityMustBeNotified(Risk.UNLIKELY)).isFalse();
        assertThat(BreachClock.authorityMustBeNotified(null)).isTrue();
        assertThat(BreachClock.subjectsMustBeInformed(Risk.HIGH_RISK, null, null))
                .isTrue();
        assertThat(BreachClock.subjectsMustBeInformed(Risk.HIGH_RISK, null, SubjectsExemption.DATA_UNINTELLIGIBLE))
                .isFalse();
        assertThat(BreachClock.subjectsMustBeInformed(Risk.RISK, null, null)).isFalse();
    }

    private static Instant berlin(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), BERLIN).toInstant();
    }
}
