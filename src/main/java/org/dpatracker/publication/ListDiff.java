package org.dpatracker.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.Translator;

/** What a draft of the list changes against the last published version: entries added, removed and changed. */
public record ListDiff(List<ListEntry> added, List<ListEntry> removed, List<Changed> changed) {

    /** An entry in both, with the fields that differ. */
    public record Changed(ListEntry entry, Set<PublishedField> fields) {}

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    static ListDiff between(List<ListEntry> published, List<ListEntry> draft) {
        Map<Long, ListEntry> before = byOrganisation(published);
        Map<Long, ListEntry> after = byOrganisation(draft);
        List<ListEntry> added = draft.stream()
                .filter(e -> !before.containsKey(e.organisationId()))
                .toList();
        List<ListEntry> removed = published.stream()
                .filter(e -> !after.containsKey(e.organisationId()))
                .toList();
        List<Changed> changed = new ArrayList<>();
        for (ListEntry entry : draft) {
            ListEntry old = before.get(entry.organisationId());
            if (old != null && !entry.differencesTo(old).isEmpty()) {
                changed.add(new Changed(entry, entry.differencesTo(old)));
            }
        }
        return new ListDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** New sub-processors need a notice to the customers before they take effect. */
    public boolean addsSubprocessors() {
        return !added.isEmpty();
    }

    /** The summary of changes as the DPO finds it pre-filled, in one language. */
    public String summary(Translator texts) {
        List<String> lines = new ArrayList<>();
        if (!added.isEmpty()) {
            lines.add(texts.t("publist.diff.added", names(added)));
        }
        if (!removed.isEmpty()) {
            lines.add(texts.t("publist.diff.removed", names(removed)));
        }
        if (!changed.isEmpty()) {
            lines.add(texts.t(
                    "publist.diff.changed",
                    changed.stream()
                            .map(c -> c.entry().name() + " ("
                                    + c.fields().stream()
                                            .sorted()
                                            .map(f -> texts.t("publist.field." + f.key()))
                                            .collect(Collectors.joining(", "))
                                    + ")")
                            .collect(Collectors.joining("; "))));
        }
        return lines.isEmpty() ? texts.t("publist.diff.none") : String.join("\n", lines);
    }

    private static String names(List<ListEntry> entries) {
        return entries.stream().map(ListEntry::name).collect(Collectors.joining(", "));
    }

    private static Map<Long, ListEntry> byOrganisation(List<ListEntry> entries) {
        return entries.stream().collect(Collectors.toMap(ListEntry::organisationId, Function.identity(), (a, b) -> a));
    }
}
