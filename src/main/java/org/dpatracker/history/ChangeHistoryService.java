package org.dpatracker.history;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the change history and checking that nobody altered it. */
@Service
public class ChangeHistoryService {

    private final ChangeHistoryRepository repository;

    ChangeHistoryService(ChangeHistoryRepository repository) {
        this.repository = repository;
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

    /** Recomputes every hash in order and reports the first broken link. */
    @RolesAllowed(Permission.Names.HISTORY_VERIFY)
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        ChangeHistoryRepository.Head head = repository.head();
        // Entries appended while this runs lie beyond the head read first and are left for the next check.
        repository.walk(head.lastSeq(), verifier::accept);
        return verifier.finish(head.lastSeq(), head.lastHash());
    }
}
