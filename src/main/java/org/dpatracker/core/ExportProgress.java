package org.dpatracker.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a long export has come, and whether its user cancelled it. The export names its total, then
 * counts each item done; once cancelled, the next count stops it with a {@link CancellationException}, so
 * a transactional export rolls back what it wrote.
 */
public class ExportProgress {

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile boolean cancelled;

    /** Progress nobody watches or cancels, for exports started without a screen. */
    public static ExportProgress unwatched() {
        return new ExportProgress();
    }

    public void start(int items) {
        total.set(items);
        done.set(0);
        stopIfCancelled();
    }

    /** One more item done; stops the export here if it was cancelled. */
    public void advance() {
        stopIfCancelled();
        done.incrementAndGet();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total.get();
    }

    private void stopIfCancelled() {
        if (cancelled) {
            throw new CancellationException("export cancelled");
        }
    }
}
