package org.dpatracker.processor;

import java.time.Duration;
import org.dpatracker.core.JobLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes every agreement's stored flags each night, for the rules that depend on the date (an
 * expiring certificate, an overdue review), and once after a start on a database whose stored flags
 * lack the per-party rows.
 */
@Component
class RedFlagSchedule {

    private static final Duration AT_MOST = Duration.ofHours(2);

    private final RedFlagRefresher redFlags;
    private final JobLock lock;
    private final TransactionTemplate transaction;

    RedFlagSchedule(RedFlagRefresher redFlags, JobLock lock, TransactionTemplate transaction) {
        this.redFlags = redFlags;
        this.lock = lock;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void completeAfterUpgrade() {
        lock.runExclusively(
                "red-flag-refresh",
                AT_MOST,
                () -> transaction.executeWithoutResult(status -> {
                    if (redFlags.needsFullRefresh()) {
                        redFlags.refreshAll();
                    }
                }));
    }

    /** One node refreshes; the others find the lock held and skip the night. */
    @Scheduled(cron = "${dpa.red-flags.refresh-cron:0 15 3 * * *}")
    void nightly() {
        lock.runExclusively(
                "red-flag-refresh", AT_MOST, () -> transaction.executeWithoutResult(status -> redFlags.refreshAll()));
    }
}
