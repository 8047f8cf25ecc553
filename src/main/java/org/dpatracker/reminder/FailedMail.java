package org.dpatracker.reminder;

import java.time.Instant;

/** A mail given up after its last attempt, with the error the mail server gave. */
public record FailedMail(long id, String recipient, String subject, int attempts, Instant failedAt, String error) {}
