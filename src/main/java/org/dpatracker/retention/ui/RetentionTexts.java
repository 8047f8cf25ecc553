package org.dpatracker.retention.ui;

import com.vaadin.flow.component.Component;
import java.time.Period;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionWording;

/** How retention periods and rules read in the views, in the user's language. */
final class RetentionTexts {

    private RetentionTexts() {}

    static String period(Component context, Period period) {
        return RetentionWording.period(period, (key, arguments) -> context.getTranslation(key, arguments));
    }

    static String rule(Component context, RetentionRule rule) {
        return RetentionWording.kept(rule, (key, arguments) -> context.getTranslation(key, arguments));
    }
}
