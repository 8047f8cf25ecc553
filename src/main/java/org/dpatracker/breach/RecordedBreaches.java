package org.dpatracker.breach;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The breaches as the history records them, for comparing the rows with the history. Read in one go:
 * a register has a handful of breaches, not thousands.
 */
@Component
class RecordedBreaches implements RecordedEntity {

    private final BreachRepository repository;

    RecordedBreaches(BreachRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return BreachService.BREACH;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.findAll().forEach(breach -> row.accept(String.valueOf(breach.id()), breach.historyState()));
    }
}
