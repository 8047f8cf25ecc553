package org.dpatracker.contract;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The Art. 28(3) checks as the history records them, for comparing the rows with the history. */
@Component
class RecordedContractChecks implements RecordedEntity {

    private final ContractCheckRepository repository;

    RecordedContractChecks(ContractCheckRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return ContractCheckService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.forEachCheck(
                check -> row.accept(check.agreementId() + ":" + check.point().name(), check.historyState()));
    }
}
