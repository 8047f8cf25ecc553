package org.dpatracker.tom;

import java.util.List;

/**
 * The measures one party of an agreement takes, against one catalogue: the processor
 * ({@code subprocessorId} null) or one subprocessor or data centre.
 */
public record TomChecklist(
        Long id, int version, long agreementId, Long subprocessorId, long catalogueId, List<TomEntry> entries) {

    public TomChecklist {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public ChecklistProgress progress() {
        return ChecklistProgress.of(entries.stream().map(TomEntry::status).toList());
    }

    public boolean forProcessor() {
        return subprocessorId == null;
    }
}
