package org.dpatracker.responsible;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The responsible persons as the history records them, for comparing the rows with the history. */
@Component
class RecordedResponsibles implements RecordedEntity {

    private final ResponsibleRepository repository;

    RecordedResponsibles(ResponsibleRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return ResponsiblePersonService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.forEachAssigned((agreementId, userId) ->
                row.accept(String.valueOf(agreementId), ResponsiblePersonService.state(userId)));
    }
}
