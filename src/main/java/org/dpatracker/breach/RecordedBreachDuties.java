package org.dpatracker.breach;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The agreements' breach notification duties as the history records them (by agreement id), for
 * comparing the rows with the history.
 */
@Component
class RecordedBreachDuties implements RecordedEntity {

    private final BreachRepository repository;

    RecordedBreachDuties(BreachRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return BreachService.DUTY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findDutiesAfter,
                BreachDuty::agreementId,
                duty -> row.accept(String.valueOf(duty.agreementId()), duty.historyState()));
    }
}
