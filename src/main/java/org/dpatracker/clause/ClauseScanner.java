package org.dpatracker.clause;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Runs a rule pack over the pages of a document, sentence by sentence. A single-valued target keeps its most
 * confident finding (the earliest among equals), a multi-valued one its most confident finding per value;
 * the result is in the order of the document.
 */
public final class ClauseScanner {

    private final RulePack pack;

    public ClauseScanner(RulePack pack) {
        this.pack = pack;
    }

    public List<ClauseFinding> scan(List<PageText> pages) {
        Map<String, ClauseFinding> best = new LinkedHashMap<>();
        List<ClauseFinding> all = new ArrayList<>();
        for (PageText page : pages) {
            for (String sentence : Sentences.of(page.text())) {
                for (ClauseRule rule : pack.rules()) {
                    find(rule, sentence, page.number()).ifPresent(all::add);
                }
            }
        }
        for (ClauseFinding finding : all) {
            String key = finding.target().multiValued()
                    ? finding.target() + "=" + finding.value()
                    : finding.target().name();
            best.merge(key, finding, (kept, other) -> other.confidence() > kept.confidence() ? other : kept);
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt((ClauseFinding f) -> f.page()).thenComparing(f -> all.indexOf(f)))
                .toList();
    }

    private static Optional<ClauseFinding> find(ClauseRule rule, String sentence, int page) {
        if (!rule.requires().stream()
                .allMatch(required -> required.matcher(sentence).find())) {
            return Optional.empty();
        }
        Matcher match = rule.pattern().matcher(sentence);
        if (!match.find()) {
            return Optional.empty();
        }
        return ValueReader.read(rule, match)
                .map(value -> new ClauseFinding(rule.id(), rule.target(), value, sentence, page, rule.confidence()));
    }
}
