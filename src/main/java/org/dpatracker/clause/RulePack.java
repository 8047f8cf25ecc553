package org.dpatracker.clause;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned rule pack, read from a JSON resource. Patterns may use the placeholders {@code {NUM}}
 * (a number in digits or words, English or German, as group {@code n}) and {@code {UNIT}} (a unit of time, as
 * group {@code unit}); they match case-insensitively within one sentence. The pack's version goes with every
 * finding stored, so that a later pack does not pass for the one that found it.
 */
public record RulePack(String name, int version, List<ClauseRule> rules) {

    public static final String RESOURCE = "/clause/rules-v1.json";

    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "{NUM}",
            "(?<n>\\d{1,4}|" + String.join("|", NumberWords.words()) + ")",
            "{UNIT}",
            "(?<unit>calendar days?|business days?|working days?|days?|weeks?|months?|hours?|"
                    + "Kalendertage[n]?|Werktage[n]?|Arbeitstage[n]?|Tage[n]?|Wochen|Woche|Monate[n]?|Monat|Stunden?)");

    public RulePack {
        rules = List.copyOf(rules);
    }

    /** The pack this version of the application ships with. */
    public static RulePack standard() {
        try (InputStream in = RulePack.class.getResourceAsStream(RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The rule pack could not be read", e);
        }
    }

    static RulePack read(InputStream json) {
        Definition definition = JsonMapper.builder().build().readValue(json, Definition.class);
        return new RulePack(
                definition.pack(),
                definition.version(),
                definition.rules().stream().map(RulePack::compile).toList());
    }

    public Optional<ClauseRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static ClauseRule compile(RuleDefinition r) {
        return new ClauseRule(
                r.id(),
                r.language(),
                r.requires() == null
                        ? List.of()
                        : r.requires().stream().map(RulePack::pattern).toList(),
                pattern(r.pattern()),
                ClauseTarget.valueOf(r.target()),
                r.read() == null ? ValueReading.FIXED : ValueReading.valueOf(r.read()),
                r.value(),
                r.confidence(),
                r.invalidBecause());
    }

    private static Pattern pattern(String source) {
        String pattern = source;
        for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
            pattern = pattern.replace(placeholder.getKey(), placeholder.getValue());
        }
        return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    record Definition(String pack, int version, List<RuleDefinition> rules) {}

    record RuleDefinition(
            String id,
            String language,
            List<String> requires,
            String pattern,
            String target,
            String read,
            String value,
            double confidence,
            String invalidBecause) {}
}
