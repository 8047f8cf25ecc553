package org.dpatracker.clause;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The clause findings as the history records them, for comparing the rows with the history. */
@Component
class RecordedClauseFindings implements RecordedEntity {

    private final ClauseFindingRepository repository;

    RecordedClauseFindings(ClauseFindingRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return ClauseCheckService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.forEach(f -> row.accept(String.valueOf(f.id()), f.historyState()));
    }
}
