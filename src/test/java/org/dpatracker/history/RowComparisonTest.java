package org.dpatracker.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RowMismatch.Kind;
import org.junit.jupiter.api.Test;

/** The comparison of rows with the chain, on a table of rows kept in a map. */
class RowComparisonTest {

    private final Map<String, Map<String, ?>> rows = new LinkedHashMap<>();
    private final RowComparison comparison = new RowComparison(java.util.List.of(new Rows()));
    private long seq;

    @Test
    void rowsAsLastRecordedMatch() {
        record("1", Operation.INSERT, "{\"name\":\"first\",\"version\":0}");
        record("1", Operation.UPDATE, "{\"name\":\"renamed\",\"version\":1}");
        record("2", Operation.INSERT, "{\"name\":\"second\",\"version\":0}");
        record("2", Operation.DELETE, null);
        rows.put("1", Map.of("name", "renamed", "version", 1));

        assertThat(comparison.mismatches()).isEmpty();
        assertThat(comparison.rowsChecked()).isEqualTo(1);
    }

    @Test
    void anEditedAnInsertedAndADeletedRowAreEachNamed() {
        record("1", Operation.INSERT, "{\"name\":\"first\",\"version\":0}");
        record("2", Operation.INSERT, "{\"name\":\"second\",\"version\":0}");
        record("3", Operation.INSERT, "{\"name\":\"third\",\"version\":0}");
        record("3", Operation.DELETE, null);
        rows.put("1", Map.of("name", "edited", "version", 0));
        rows.put("3", Map.of("name", "third", "version", 0));
        rows.put("4", Map.of("name", "fourth", "version", 0));

        assertThat(comparison.mismatches())
                .containsExactly(
                        new RowMismatch("thing", "1", Kind.EDITED),
                        new RowMismatch("thing", "2", Kind.DELETED),
                        new RowMismatch("thing", "3", Kind.INSERTED),
                        new RowMismatch("thing", "4", Kind.INSERTED));
    }

    @Test
    void entriesOfEntitiesWithoutRowsToCompareAreIgnored() {
        comparison.accept(entry("webhook", "1", Operation.INSERT, "{\"url\":\"https://example.org\"}"));

        assertThat(comparison.mismatches()).isEmpty();
    }

    private void record(String id, Operation operation, String after) {
        comparison.accept(entry("thing", id, operation, after));
    }

    private ChangeEntry entry(String entity, String id, Operation operation, String after) {
        seq++;
        return new ChangeEntry(seq, Instant.EPOCH, "test", entity, id, operation, null, after, "", "");
    }

    private class Rows implements RecordedEntity {
        @Override
        public String entity() {
            return "thing";
        }

        @Override
        public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
            rows.forEach(row);
        }
    }
}
