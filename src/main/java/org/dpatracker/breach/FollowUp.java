package org.dpatracker.breach;

import java.time.Instant;

/** Information given in phases (Art. 33(4) GDPR): when, to whom, what. */
public record FollowUp(Long id, long breachId, Instant sentAt, String recipient, String content) {}
