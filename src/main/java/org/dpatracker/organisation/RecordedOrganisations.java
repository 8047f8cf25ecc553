package org.dpatracker.organisation;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The organisations as the history records them, for comparing the rows with the history. */
@Component
class RecordedOrganisations implements RecordedEntity {

    private final OrganisationRepository repository;

    RecordedOrganisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return OrganisationService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findAfter,
                Organisation::id,
                organisation -> row.accept(String.valueOf(organisation.id()), organisation.historyState()));
    }
}
