package org.dpatracker.processor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refreshes every agreement's stored flags each night, for the rules that depend on the date (an
 * expiring certificate, an overdue review), and once after a start on a database whose stored flags
 * lack the per-party rows.
 */
@Component
class RedFlagSchedule {

    private final RedFlagRefresher redFlags;

    RedFlagSchedule(RedFlagRefresher redFlags) {
        this.redFlags = redFlags;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void completeAfterUpgrade() {
        if (redFlags.needsFullRefresh()) {
            redFlags.refreshAll();
        }
    }

    @Scheduled(cron = "${dpa.red-flags.refresh-cron:0 15 3 * * *}")
    @Transactional
    void nightly() {
        redFlags.refreshAll();
    }
}
