package org.dpatracker.clause;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Strings;
import org.dpatracker.processor.Authorisation;

/**
 * Checks the value the DPO accepts for a finding, maybe edited, against what its target holds: whole days
 * (up to ten years), hours (up to 30 days, as the breach duty allows), an authorisation, who bears audit
 * costs, an audit frequency ("1 per calendar year", "2 per year") or a text.
 */
public final class AppliedValues {

    static final Pattern FREQUENCY = Pattern.compile("(\\d{1,2}) per (calendar year|year)");

    private AppliedValues() {}

    public static String checked(ClauseTarget target, String input) {
        String value = Strings.trimmedOrNull(input);
        if (value == null) {
            throw invalid("validation.required");
        }
        switch (target) {
            case NOTICE_DAYS, OBJECTION_DAYS, AUDIT_NOTICE_DAYS, DELETION_DAYS, RETENTION_DAYS ->
                requireNumber(value, 3650, "clause.validation.days");
            case BREACH_HOURS -> requireNumber(value, 720, "breach.validation.hours");
            case AUTHORISATION -> {
                try {
                    Authorisation.valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw invalid("clause.validation.authorisation");
                }
            }
            case AUDIT_COSTS -> {
                if (!value.equals("controller") && !value.equals("processor")) {
                    throw invalid("clause.validation.costs");
                }
            }
            case AUDIT_FREQUENCY -> {
                Matcher m = FREQUENCY.matcher(value.toLowerCase(Locale.ROOT));
                if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                    throw invalid("clause.validation.frequency");
                }
            }
            default -> {
                if (value.length() > 400) {
                    throw new InvalidInputException("value", "validation.too-long", 400);
                }
            }
        }
        return value;
    }

    private static void requireNumber(String value, int max, String key) {
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > max) {
            throw invalid(key);
        }
    }

    private static InvalidInputException invalid(String key) {
        return new InvalidInputException("value", key);
    }
}
