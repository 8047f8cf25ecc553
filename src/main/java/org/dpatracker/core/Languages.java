package org.dpatracker.core;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface and of every generated document (annexes, records, exports). */
public final class Languages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {}

    /** The language codes, "en" and "de", in the order offered. */
    public static List<String> codes() {
        return ALL.stream().map(Locale::getLanguage).toList();
    }

    /** The locale of a document language; refused with a message on the field "language" when it is not offered. */
    public static Locale of(String language) {
        new Validation()
                .require(language != null && codes().contains(language), "language", "validation.language")
                .throwIfInvalid();
        return Locale.forLanguageTag(language);
    }
}
