package org.dpatracker.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * What changed between two versions: subprocessors added or removed, parties and measures changed,
 * and the terms changed: audit rights, breach duties and retention rules (by category of data).
 */
public record AnnexDiff(
        int fromVersion,
        int toVersion,
        List<String> subprocessorsAdded,
        List<String> subprocessorsRemoved,
        List<String> subprocessorsChanged,
        List<String> partiesChanged,
        List<String> measuresChanged,
        boolean auditRightsChanged,
        boolean breachDutyChanged,
        List<String> retentionChanged) {

    public boolean isEmpty() {
        return subprocessorsAdded.isEmpty()
                && subprocessorsRemoved.isEmpty()
                && subprocessorsChanged.isEmpty()
                && partiesChanged.isEmpty()
                && measuresChanged.isEmpty()
                && !auditRightsChanged
                && !breachDutyChanged
                && retentionChanged.isEmpty();
    }

    static AnnexDiff between(
            int fromVersion, SortedMap<String, String> from, int toVersion, SortedMap<String, String> to) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changedSubprocessors = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        boolean terms = hasTerms(from) && hasTerms(to);
        boolean audit = false;
        boolean breach = false;
        List<String> retention = new ArrayList<>();
        for (String key : union(from, to)) {
            String section = AnnexSnapshot.section(key);
            if (terms && !java.util.Objects.equals(from.get(key), to.get(key))) {
                audit |= section.equals(AnnexSnapshot.AUDIT);
                breach |= section.equals(AnnexSnapshot.BREACH);
                if (section.equals(AnnexSnapshot.RETENTION)) {
                    retention.add(AnnexSnapshot.label(key));
                }
            }
        }
        for (var entry : to.entrySet()) {
            String key = entry.getKey();
            String section = AnnexSnapshot.section(key);
            if (isTerm(section)) {
                continue;
            }
            String before = from.get(key);
            if (section.equals(AnnexSnapshot.SUBPROCESSOR)) {
                if (before == null) {
                    added.add(AnnexSnapshot.label(key));
                } else if (!before.equals(entry.getValue())) {
                    changedSubprocessors.add(AnnexSnapshot.label(key));
                }
            } else if (before == null || !before.equals(entry.getValue())) {
                (section.equals(AnnexSnapshot.PARTY) ? parties : measures).add(AnnexSnapshot.label(key));
            }
        }
        for (String key : from.keySet()) {
            String section = AnnexSnapshot.section(key);
            if (!to.containsKey(key) && !isTerm(section)) {
                (section.equals(AnnexSnapshot.SUBPROCESSOR)
                                ? removed
                                : section.equals(AnnexSnapshot.PARTY) ? parties : measures)
                        .add(AnnexSnapshot.label(key));
            }
        }
        return new AnnexDiff(
                fromVersion,
                toVersion,
                added,
                removed,
                changedSubprocessors,
                parties,
                measures,
                audit,
                breach,
                retention);
    }

    private static boolean isTerm(String section) {
        return section.equals(AnnexSnapshot.AUDIT)
                || section.equals(AnnexSnapshot.BREACH)
                || section.equals(AnnexSnapshot.RETENTION)
                || section.equals(AnnexSnapshot.TERMS);
    }

    private static boolean hasTerms(SortedMap<String, String> facts) {
        return facts.keySet().stream()
                .anyMatch(key -> AnnexSnapshot.section(key).equals(AnnexSnapshot.TERMS));
    }

    private static java.util.SortedSet<String> union(SortedMap<String, String> one, SortedMap<String, String> other) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(one.keySet());
        keys.addAll(other.keySet());
        return keys;
    }
}
