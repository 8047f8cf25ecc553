package org.dpatracker.history;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Reads rows with generated ids page by page in order of id (keyset paging), so that reading back a
 * large register for the verification holds one page in memory at a time.
 */
public final class IdPages {

    static final int SIZE = 500;

    private IdPages() {}

    /** The rows with an id greater than {@code afterId}, in order of id, at most {@code limit}. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> after(long afterId, int limit);
    }

    public static <T> void forEach(Page<T> page, ToLongFunction<T> id, Consumer<T> row) {
        long afterId = Long.MIN_VALUE;
        List<T> rows;
        do {
            rows = page.after(afterId, SIZE);
            rows.forEach(row);
            if (!rows.isEmpty()) {
                afterId = id.applyAsLong(rows.getLast());
            }
        } while (rows.size() == SIZE);
    }
}
