package org.dpatracker.breach.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachClock;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.Countdown;

/** How a breach's authority notification stands: the live countdown, notified in time or late, or not required. */
final class BreachTexts {

    private BreachTexts() {}

    static Component authorityState(Component context, Breach breach, Instant now) {
        if (breach.authorityNotifiedAt() != null) {
            boolean late = BreachClock.authorityLate(breach.awareAt(), breach.authorityNotifiedAt());
            return new Badge(
                    context.getTranslation(
                            late ? "breach.notified-late" : "breach.notified-in-time",
                            ClientTime.format(breach.authorityNotifiedAt())),
                    late ? Badge.Tone.WARNING : Badge.Tone.SUCCESS);
        }
        if (!BreachClock.authorityMustBeNotified(breach.risk())) {
            return new Badge(context.getTranslation("breach.not-notifiable"), Badge.Tone.NEUTRAL);
        }
        return new Countdown(breach.authorityDeadline(), now);
    }

    static String risk(Component context, Breach breach) {
        return breach.risk() == null
                ? context.getTranslation("breach.risk.unassessed")
                : context.getTranslation("breach.risk." + breach.risk().name());
    }
}
