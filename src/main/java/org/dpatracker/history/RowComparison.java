package org.dpatracker.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the current rows with the chain: while the chain is walked it keeps, per row, the
 * fingerprint of the last state recorded for it; then it reads every row back and reports those
 * that were edited, inserted or deleted without an entry.
 */
final class RowComparison {

    private static final String DELETED = "deleted";

    private final Map<String, RecordedEntity> entities;
    private final Map<String, Map<String, String>> lastStates = new HashMap<>();
    private long rowsChecked;

    RowComparison(List<RecordedEntity> entities) {
        this.entities = entities.stream().collect(Collectors.toMap(RecordedEntity::entity, Function.identity()));
    }

    /** Takes note of an entry whose link in the chain was found intact. */
    void accept(ChangeEntry entry) {
        RecordedEntity entity = entities.get(entry.entity());
        if (entity == null) {
            return;
        }
        String fingerprint = entry.afterState() == null
                ? DELETED
                : StateFingerprint.ofJson(entry.afterState(), entity.changeOnlyFields());
        lastStates.computeIfAbsent(entry.entity(), name -> new HashMap<>()).put(entry.entityId(), fingerprint);
    }

    /** Reads the current rows and returns those that differ from the chain, by entity and id. */
    List<RowMismatch> mismatches() {
        List<RowMismatch> mismatches = new ArrayList<>();
        for (RecordedEntity entity : entities.values()) {
            Map<String, String> recorded = lastStates.getOrDefault(entity.entity(), new HashMap<>());
            entity.readCurrent((id, state) -> {
                rowsChecked++;
                String last = recorded.remove(id);
                if (last == null || last.equals(DELETED)) {
                    mismatches.add(new RowMismatch(entity.entity(), id, RowMismatch.Kind.INSERTED));
                } else if (!last.equals(StateFingerprint.ofState(state, entity.changeOnlyFields()))) {
                    mismatches.add(new RowMismatch(entity.entity(), id, RowMismatch.Kind.EDITED));
                }
            });
            recorded.forEach((id, last) -> {
                if (!last.equals(DELETED)) {
                    mismatches.add(new RowMismatch(entity.entity(), id, RowMismatch.Kind.DELETED));
                }
            });
        }
        mismatches.sort(Comparator.comparing(RowMismatch::entity).thenComparing(RowMismatch::id));
        return mismatches;
    }

    long rowsChecked() {
        return rowsChecked;
    }
}
