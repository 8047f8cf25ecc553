package org.dpatracker.tom;

import java.util.Locale;

/** A label kept in English and German; German readers get the German one. */
public record Bilingual(String en, String de) {

    public String in(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) && de != null && !de.isBlank() ? de : en;
    }

    @Override
    public String toString() {
        return en + " / " + de;
    }
}
