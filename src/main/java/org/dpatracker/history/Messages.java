package org.dpatracker.history;

import java.util.Optional;

/** The user's language: a text for a key, empty where the language has none. */
@FunctionalInterface
public interface Messages {

    Optional<String> find(String key, Object... arguments);

    /** The text for the first key the language has, else {@code fallback} as it is. */
    default String first(String fallback, String... keys) {
        for (String key : keys) {
            Optional<String> text = find(key);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return fallback;
    }
}
