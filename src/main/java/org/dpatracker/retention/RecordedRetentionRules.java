package org.dpatracker.retention;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The retention rules as the history records them, for comparing the rows with the history. */
@Component
class RecordedRetentionRules implements RecordedEntity {

    private final RetentionRepository repository;

    RecordedRetentionRules(RetentionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return RetentionService.RULE;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findRulesAfter,
                RetentionRule::id,
                rule -> row.accept(String.valueOf(rule.id()), rule.historyState()));
    }
}
