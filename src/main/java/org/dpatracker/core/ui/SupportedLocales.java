package org.dpatracker.core.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.core.Languages;

/** The languages of the user interface and the one chosen in this browser session. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> ALL = Languages.ALL;

    private static final String SESSION_ATTRIBUTE = SupportedLocales.class.getName();

    private SupportedLocales() {}

    /** The supported language closest to the given one; English when there is none. */
    public static Locale closest(Locale requested) {
        if (requested == null) {
            return ENGLISH;
        }
        return ALL.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    public static Locale fromTag(String tag) {
        return closest(tag == null ? null : Locale.forLanguageTag(tag));
    }

    /** Each language named in itself, so that a user who cannot read the current one finds theirs. */
    public static String label(Locale locale) {
        return locale.getDisplayLanguage(locale).substring(0, 1).toUpperCase(locale)
                + locale.getDisplayLanguage(locale).substring(1);
    }

    public static void remember(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_ATTRIBUTE, closest(locale).toLanguageTag());
        session.setLocale(closest(locale));
    }

    public static Optional<Locale> remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE))
                .map(SupportedLocales::fromTag);
    }
}
