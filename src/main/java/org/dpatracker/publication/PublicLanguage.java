package org.dpatracker.publication;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.Languages;

/** The language of a public page: {@code ?lang=} if it is one we offer, else the first offered in Accept-Language, else English. */
final class PublicLanguage {

    private PublicLanguage() {}

    static Locale of(String lang, Enumeration<Locale> accepted) {
        if (lang != null && Languages.codes().contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        List<Locale> wanted = accepted == null ? List.of() : Collections.list(accepted);
        return wanted.stream()
                .map(Locale::getLanguage)
                .filter(Languages.codes()::contains)
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }
}
