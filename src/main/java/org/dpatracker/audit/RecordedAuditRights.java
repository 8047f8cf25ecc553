package org.dpatracker.audit;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The agreements' audit rights as the history records them (by agreement id), for comparing the rows with it. */
@Component
class RecordedAuditRights implements RecordedEntity {

    private final AuditRepository repository;

    RecordedAuditRights(AuditRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return AuditService.RIGHTS;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findRightsAfter,
                AuditRights::agreementId,
                rights -> row.accept(String.valueOf(rights.agreementId()), rights.historyState()));
    }
}
