package org.dpatracker.records;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The records of processing activities as the history records them, for comparing the rows with the
 * history. Read in one go: a company keeps hundreds of activities, not tens of thousands.
 */
@Component
class RecordedProcessingActivities implements RecordedEntity {

    private final RecordRepository repository;

    RecordedProcessingActivities(RecordRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return RecordService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.findAll().forEach(activity -> row.accept(String.valueOf(activity.id()), activity.historyState()));
    }
}
