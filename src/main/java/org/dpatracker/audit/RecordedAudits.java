package org.dpatracker.audit;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/** The audits as the history records them, for comparing the rows with the history. */
@Component
class RecordedAudits implements RecordedEntity {

    private final AuditRepository repository;

    RecordedAudits(AuditRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return AuditService.AUDIT;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                repository::findAuditsAfter,
                Audit::id,
                audit -> row.accept(String.valueOf(audit.id()), audit.historyState()));
    }
}
