package org.dpatracker.history;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reading the change history and checking that nobody altered it. */
@Service
public class ChangeHistoryService {

    private final ChangeHistoryRepository repository;
    private final List<RecordedEntity> recordedEntities;

    ChangeHistoryService(ChangeHistoryRepository repository, List<RecordedEntity> recordedEntities) {
        this.repository = repository;
        this.recordedEntities = List.copyOf(recordedEntities);
    }

    @RolesAllowed(Permission.Names.HISTORY_READ)
    @Transactional(readOnly = true)
    public List<ChangeEntry> findPage(ChangeFilter filter, int offset, int limit) {
        return repository.findPage(filter, offset, limit);
    }

    @RolesAllowed(Permission.Names.HISTORY_READ)
    @Transactional(readOnly = true)
    public int count(ChangeFilter filter) {
        return repository.count(filter);
    }

    @RolesAllowed(Permission.Names.HISTORY_READ)
    @Transactional(readOnly = true)
    public List<String> entities() {
        return repository.entities();
    }

    @RolesAllowed(Permission.Names.HISTORY_READ)
    @Transactional(readOnly = true)
    public List<String> users() {
        return repository.users();
    }

    /**
     * Recomputes every hash in order and reports the first broken link; when the chain is intact,
     * compares every recorded entity's current rows with the last state the chain holds for them.
     * One snapshot of the database, so that a change saved meanwhile is not taken for tampering.
     */
    @RolesAllowed(Permission.Names.HISTORY_VERIFY)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        RowComparison rows = new RowComparison(recordedEntities);
        ChangeHistoryRepository.Head head = repository.head();
        // Entries appended while this runs lie beyond the head read first and are left for the next check.
        repository.walk(head.lastSeq(), entry -> {
            boolean intact = verifier.accept(entry);
            if (intact) {
                rows.accept(entry);
            }
            return intact;
        });
        ChainVerification chain = verifier.finish(head.lastSeq(), head.lastHash());
        if (!chain.intact()) {
            // The rows are compared with a chain that can be trusted, or not at all.
            return chain;
        }
        List<RowMismatch> mismatches = rows.mismatches();
        return chain.withRows(rows.rowsChecked(), mismatches);
    }
}
