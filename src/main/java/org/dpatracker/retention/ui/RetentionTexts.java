package org.dpatracker.retention.ui;

import com.vaadin.flow.component.Component;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionTrigger;

/** How retention periods and rules read: "30 days after the end of the contract". */
final class RetentionTexts {

    private RetentionTexts() {}

    static String period(Component context, Period period) {
        if (period.isZero()) {
            return context.getTranslation("retention.period.zero");
        }
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(context.getTranslation("retention.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(context.getTranslation("retention.period.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(context.getTranslation("retention.period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    static String rule(Component context, RetentionRule rule) {
        String trigger = rule.trigger() == RetentionTrigger.CUSTOM_EVENT ? rule.customEvent()
                : context.getTranslation("retention.trigger." + rule.trigger().name());
        String text = rule.period() == null ? ""
                : rule.period().isZero() ? context.getTranslation("retention.rule.on", trigger)
                : context.getTranslation("retention.rule.after", period(context, rule.period()), trigger);
        if (rule.criteria() != null) {
            text = text.isEmpty() ? rule.criteria() : text + "; " + rule.criteria();
        }
        return text;
    }
}
