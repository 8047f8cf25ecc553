package org.dpatracker.retention;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.core.Translator;

/** How a retention rule reads, on screen and in documents: "30 days after the end of the contract". */
public final class RetentionWording {

    private RetentionWording() {}

    /** "1 year 6 months", or "0 days". */
    public static String period(Period period, Translator t) {
        if (period.isZero()) {
            return t.t("retention.period.zero");
        }
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(t.t("retention.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(t.t("retention.period.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(t.t("retention.period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }

    /** The period from its trigger, then the criteria where recorded. */
    public static String kept(RetentionRule rule, Translator t) {
        String trigger = rule.trigger() == RetentionTrigger.CUSTOM_EVENT
                ? rule.customEvent()
                : t.t("retention.trigger." + rule.trigger().name());
        String text = rule.period() == null
                ? ""
                : rule.period().isZero()
                        ? t.t("retention.rule.on", trigger)
                        : t.t("retention.rule.after", period(rule.period(), t), trigger);
        if (rule.criteria() != null) {
            text = text.isEmpty() ? rule.criteria() : text + "; " + rule.criteria();
        }
        return text;
    }
}
