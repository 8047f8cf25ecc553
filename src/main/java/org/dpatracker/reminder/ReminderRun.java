package org.dpatracker.reminder;

import java.time.Duration;
import java.time.Instant;

/**
 * What one reminder run did: reminders recorded (each also in the inbox), mails queued (reminders and
 * digests) and mails delivered, when it started and how long it took; {@code skipped} when another node held
 * the lock.
 */
public record ReminderRun(
        Instant startedAt, Duration took, int deadlines, int reminders, int mails, int delivered, boolean skipped) {}
