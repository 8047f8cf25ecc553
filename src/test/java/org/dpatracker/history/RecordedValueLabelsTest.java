package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every coded value the application can write into the change history (the constants of its enums)
 * has a text in English and in German, so a new status or event cannot reach the history as a code.
 */
class RecordedValueLabelsTest {

    /** Enums that only steer the screens or the set-up and are never part of a recorded state. */
    private static final Set<String> NEVER_RECORDED = Set.of(
            "RegisterSort$Column",
            "ExchangeFormat",
            "ValueReading",
            "TokenPurpose",
            "PublishedField",
            "DeadlineSeverity",
            "DatabaseKind",
            "DocumentSettings$Store",
            "Badge$Tone",
            "Chart$Kind",
            "SsoRefusedException$Reason",
            // Written as a location's country code and shown by the organisation's name.
            "InternationalOrganisation");

    @Test
    void everyEnumConstantHasATextInBothLanguages() throws ClassNotFoundException {
        Properties english = load("/vaadin-i18n/translations.properties");
        Properties german = load("/vaadin-i18n/translations_de.properties");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) ->
                "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("org.dpatracker")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            String name = type.getName().substring(type.getPackageName().length() + 1);
            boolean testCode = type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath()
                    .contains("test-classes");
            if (testCode || NEVER_RECORDED.contains(name)) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                String code = ((Enum<?>) constant).name();
                checked++;
                if (!hasText(english, code) || !hasText(german, code)) {
                    missing.add(name + "." + code);
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    private static boolean hasText(Properties texts, String code) {
        return texts.stringPropertyNames().stream().anyMatch(key -> key.endsWith("." + code));
    }

    private static Properties load(String path) {
        Properties texts = new Properties();
        try (var in = RecordedValueLabelsTest.class.getResourceAsStream(path)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
