package org.dpatracker.retention;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The ends of agreements (deletion or return, Art. 28(3)(g)) as the history records them, by agreement
 * id, for comparing the rows with the history. Read in one go: few agreements end at a time.
 */
@Component
class RecordedAgreementEnds implements RecordedEntity {

    private final RetentionRepository repository;

    RecordedAgreementEnds(RetentionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return RetentionService.END;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.allEnds().forEach(end -> row.accept(String.valueOf(end.agreementId()), end.historyState()));
    }
}
