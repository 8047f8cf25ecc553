package org.dpatracker.history;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A processing location as the history recorded it, "US (AWS) SCC_2021 module 2", in words: the
 * country's name, the region, and the transfer mechanism of Art. 44–49 GDPR by its text.
 */
final class HistoryLocations {

    private static final Pattern LOCATION =
            Pattern.compile("([A-Z]{2})(?: \\((.*)\\))?(?: ([A-Z][A-Z0-9_]+)(?: module (\\d+))?)?");

    private HistoryLocations() {}

    interface Codes {
        String text(String entity, String field, String code);
    }

    static String describe(String recorded, Codes codes, Locale locale, Messages messages) {
        Matcher location = LOCATION.matcher(recorded);
        if (!location.matches()) {
            return recorded;
        }
        StringBuilder text = new StringBuilder(Locale.of("", location.group(1)).getDisplayCountry(locale));
        if (location.group(2) != null) {
            text.append(" (").append(location.group(2)).append(')');
        }
        if (location.group(3) != null) {
            text.append(": ").append(codes.text("location", "mechanism", location.group(3)));
        }
        if (location.group(4) != null) {
            String module = location.group(4);
            text.append(", ")
                    .append(messages.find("history.location.module", module).orElse("module " + module));
        }
        return text.toString();
    }
}
