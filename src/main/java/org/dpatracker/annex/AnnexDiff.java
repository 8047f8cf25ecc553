package org.dpatracker.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** What changed between two versions: subprocessors added or removed, parties and measures changed. */
public record AnnexDiff(
        int fromVersion,
        int toVersion,
        List<String> subprocessorsAdded,
        List<String> subprocessorsRemoved,
        List<String> subprocessorsChanged,
        List<String> partiesChanged,
        List<String> measuresChanged) {

    public boolean isEmpty() {
        return subprocessorsAdded.isEmpty()
                && subprocessorsRemoved.isEmpty()
                && subprocessorsChanged.isEmpty()
                && partiesChanged.isEmpty()
                && measuresChanged.isEmpty();
    }

    static AnnexDiff between(
            int fromVersion, SortedMap<String, String> from, int toVersion, SortedMap<String, String> to) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changedSubprocessors = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        for (var entry : to.entrySet()) {
            String key = entry.getKey();
            String section = AnnexSnapshot.section(key);
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
            if (!to.containsKey(key)) {
                String section = AnnexSnapshot.section(key);
                (section.equals(AnnexSnapshot.SUBPROCESSOR)
                                ? removed
                                : section.equals(AnnexSnapshot.PARTY) ? parties : measures)
                        .add(AnnexSnapshot.label(key));
            }
        }
        return new AnnexDiff(fromVersion, toVersion, added, removed, changedSubprocessors, parties, measures);
    }
}
