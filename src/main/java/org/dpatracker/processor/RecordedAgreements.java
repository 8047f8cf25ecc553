package org.dpatracker.processor;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The agreements as the history records them, for comparing the rows with the history. */
@Component
class RecordedAgreements implements RecordedEntity {

    private final AgreementRepository repository;

    RecordedAgreements(AgreementRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return AgreementService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findAfter,
                Agreement::id,
                agreement -> row.accept(String.valueOf(agreement.id()), agreement.historyState()));
    }
}
