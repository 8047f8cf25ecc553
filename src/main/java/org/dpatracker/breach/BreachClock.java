package org.dpatracker.breach;

import java.time.Duration;
import java.time.Instant;

/**
 * The breach deadline rules on instants, so daylight-saving changes cannot shift them: the
 * authority must have the notification within 72 hours of the controller becoming aware
 * (Art. 33(1) GDPR), later ones need reasons; the processor must tell the controller within the
 * hours its contract sets.
 */
public final class BreachClock {

    public static final Duration AUTHORITY_WINDOW = Duration.ofHours(72);

    private BreachClock() {}

    public static Instant authorityDeadline(Instant awareAt) {
        return awareAt == null ? null : awareAt.plus(AUTHORITY_WINDOW);
    }

    /** Notified, or still to notify, after the 72 hours: reasons for the delay are required. */
    public static boolean authorityLate(Instant awareAt, Instant notifiedAt) {
        return awareAt != null && notifiedAt != null && notifiedAt.isAfter(authorityDeadline(awareAt));
    }

    /** Time left until the authority deadline; negative once it has passed. */
    public static Duration remaining(Instant awareAt, Instant now) {
        return Duration.between(now, authorityDeadline(awareAt));
    }

    /**
     * The authority must be told unless the breach is unlikely to result in a risk; unassessed counts as notifiable.
     */
    public static boolean authorityMustBeNotified(Risk risk) {
        return risk != Risk.UNLIKELY;
    }

    /** High risk: the data subjects must be told (Art. 34(1)) unless an Art. 34(3) exemption applies. */
    public static boolean subjectsMustBeInformed(Risk risk, Instant informedAt, SubjectsExemption exemption) {
        return risk == Risk.HIGH_RISK && informedAt == null && exemption == null;
    }

    /** The processor's contractual deadline for telling the controller; null where the contract names no hours. */
    public static Instant processorDeadline(Instant detectedAt, Integer noticeHours) {
        return detectedAt == null || noticeHours == null ? null : detectedAt.plus(Duration.ofHours(noticeHours));
    }

    public static boolean processorLate(Instant detectedAt, Instant processorNotifiedAt, Integer noticeHours) {
        Instant deadline = processorDeadline(detectedAt, noticeHours);
        return deadline != null && processorNotifiedAt != null && processorNotifiedAt.isAfter(deadline);
    }
}
