package org.dpatracker.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-interface texts outside the user interface: for the API and generated documents. */
public final class Texts {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Texts() {}

    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            Texts.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
