package org.dpatracker.tom;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The measures of the TOM checklists as the history records them, for comparing the rows with the history. */
@Component
class RecordedTomEntries implements RecordedEntity {

    private final TomChecklistRepository repository;

    RecordedTomEntries(TomChecklistRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return TomChecklistService.ENTRY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findEntriesAfter,
                TomEntry::id,
                entry -> row.accept(String.valueOf(entry.id()), entry.historyState()));
    }
}
