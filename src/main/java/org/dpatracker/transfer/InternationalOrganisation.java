package org.dpatracker.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * International organisations as recipients and locations of a transfer (Art. 4(26), 44 GDPR). They have
 * no ISO 3166 code, so each gets a code of its own, longer than two letters so that it never collides
 * with a country. An international organisation is outside the EEA wherever its seat is: a transfer to
 * it needs an adequacy decision (Art. 45) or another Chapter V mechanism.
 */
public enum InternationalOrganisation {
    /**
     * Seat in Munich; adequacy decision (EU) 2025/1382 of 15 July 2025, the first for an international organisation.
     */
    EPO("European Patent Organisation", "Europäische Patentorganisation");

    private final String english;
    private final String german;

    InternationalOrganisation(String english, String german) {
        this.english = english;
        this.german = german;
    }

    public String code() {
        return name();
    }

    public String name(Locale locale) {
        return "de".equals(locale.getLanguage()) ? german : english;
    }

    /** The organisation with this code, ignoring case and surrounding blanks. */
    public static Optional<InternationalOrganisation> byCode(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String code = input.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
