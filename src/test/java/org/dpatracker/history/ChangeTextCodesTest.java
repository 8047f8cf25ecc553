package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Coded values that other features write into the history read as their own forms name them: a
 * webhook's events, a user's role, a breach's risk, a notice's status, a public list notice's status.
 */
class ChangeTextCodesTest {

    @Test
    void codesOfOtherFeaturesReadInEnglish() {
        ChangeText text = text("");
        assertThat(text.code("webhook", "events", "BREACH_RECORDED")).isEqualTo("Breach recorded");
        assertThat(text.code("user", "role", "DPO")).isEqualTo("Data protection officer");
        assertThat(text.code("breach", "risk", "RISK")).isEqualTo("Risk");
        assertThat(text.code("notice", "status", "OPEN")).isEqualTo("Open");
        assertThat(text.code("tom-entry", "status", "OPEN")).isEqualTo("Not assessed");
        assertThat(text.code("public-list-notice", "status", "SENT")).isEqualTo("Sent");
    }

    @Test
    void codesOfOtherFeaturesReadInGerman() {
        ChangeText text = text("_de");
        assertThat(text.code("webhook", "events", "BREACH_RECORDED")).doesNotContain("_");
        assertThat(text.code("user", "role", "DPO")).isEqualTo("Datenschutzbeauftragte(r)");
        assertThat(text.code("notice", "status", "ACCEPTED")).isNotEqualTo("ACCEPTED");
        assertThat(text.code("public-list-notice", "status", "SENT")).isEqualTo("Versandt");
    }

    private static ChangeText text(String suffix) {
        Properties texts = new Properties();
        try (var in =
                ChangeTextCodesTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.GERMAN;
        Messages messages = (key, arguments) -> Optional.ofNullable(texts.getProperty(key))
                .map(pattern -> new MessageFormat(pattern, locale).format(arguments));
        return new ChangeText(messages, locale, ZoneId.of("Europe/Berlin"));
    }
}
