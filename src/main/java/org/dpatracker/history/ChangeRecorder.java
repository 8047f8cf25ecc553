package org.dpatracker.history;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the change history inside the caller's transaction, so that a change and its record
 * are saved or rolled back together. Services call it for every insert, update and delete.
 */
@Component
public class ChangeRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChangeHistoryRepository repository;
    private final Clock clock;

    ChangeRecorder(ChangeHistoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void inserted(String entity, Object id, Map<String, ?> after) {
        append(entity, id, Operation.INSERT, null, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entity, Object id, Map<String, ?> before, Map<String, ?> after) {
        append(entity, id, Operation.UPDATE, before, after);
    }

    /**
     * The one write path for a row that exists at most once per key: inserted when there is none and the
     * input is new, otherwise updated if its version is current; refused as a concurrent edit when either
     * does not hold, so that nothing is overwritten. Records the change and returns the row as stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T save(String entity, Object key, Optional<T> before, boolean isNew, KeyedWrite<T> write) {
        if (before.isEmpty()) {
            if (!isNew) {
                throw new ConcurrentEditException(entity, key);
            }
            write.insert().run();
            T after = write.stored().get();
            inserted(entity, key, write.state().apply(after));
            return after;
        }
        if (isNew || !write.updateIfCurrent().getAsBoolean()) {
            throw new ConcurrentEditException(entity, key);
        }
        T after = write.stored().get();
        updated(entity, key, write.state().apply(before.get()), write.state().apply(after));
        return after;
    }

    /**
     * The one write path for a row with a generated id: inserted when {@code id} is null, otherwise updated
     * if it still exists in the version the user edited; refused as a concurrent edit when it does not, so
     * that nothing is overwritten. Records the change and returns the row as stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T save(String entity, Long id, IdWrite<T> write) {
        if (id == null) {
            long newId = write.insert().getAsLong();
            T saved = write.find().apply(newId).orElseThrow();
            inserted(entity, newId, write.state().apply(saved));
            return saved;
        }
        T before = write.find().apply(id).orElseThrow(() -> new ConcurrentEditException(entity, id));
        if (!write.updateIfCurrent().test(before)) {
            throw new ConcurrentEditException(entity, id);
        }
        T after = write.find().apply(id).orElseThrow();
        updated(entity, id, write.state().apply(before), write.state().apply(after));
        return after;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entity, Object id, Map<String, ?> before) {
        append(entity, id, Operation.DELETE, before, null);
    }

    private void append(String entity, Object id, Operation operation, Map<String, ?> before, Map<String, ?> after) {
        ChangeHistoryRepository.Head head = repository.lockHead();
        long seq = head.lastSeq() + 1;
        // Millisecond precision survives every database round trip, so the hash can be recomputed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        String changedBy = CurrentUser.name();
        String entityId = String.valueOf(id);
        String hash = HashChain.hash(
                seq, now, changedBy, entity, entityId, operation, beforeJson, afterJson, head.lastHash());
        repository.append(new ChangeEntry(
                seq, now, changedBy, entity, entityId, operation, beforeJson, afterJson, head.lastHash(), hash));
    }

    /** A state as the history stores it: a JSON object with its fields in order of name. */
    static String toJson(Map<String, ?> state) {
        return state == null ? null : JSON.writeValueAsString(new TreeMap<>(state));
    }
}
