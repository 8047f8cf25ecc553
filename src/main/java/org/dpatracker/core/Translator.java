package org.dpatracker.core;

/** Looks up a text by key: a view's {@code getTranslation} or {@link Texts} for a fixed language. */
@FunctionalInterface
public interface Translator {

    String t(String key, Object... arguments);
}
