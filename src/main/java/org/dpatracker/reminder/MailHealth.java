package org.dpatracker.reminder;

import java.time.Instant;
import java.util.List;

/**
 * How mail delivery stands, for administrators: mails waiting, mails given up, the last delivery, the last
 * reminder runs and the failures given up on.
 */
public record MailHealth(int queued, int givenUp, Instant lastDelivered, List<FailedMail> failures) {

    MailHealth with(List<FailedMail> failures) {
        return new MailHealth(queued, givenUp, lastDelivered, failures);
    }
}
