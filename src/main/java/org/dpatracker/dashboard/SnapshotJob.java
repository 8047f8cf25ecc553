package org.dpatracker.dashboard;

import java.time.Duration;
import org.dpatracker.core.JobLock;
import org.dpatracker.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the day's snapshot for the trend chart each night after the red flags are refreshed, and at start when today has
 * no point yet, so that a new installation has one. One node runs it (a database lock); a second run the same day
 * replaces that day's row.
 */
@Component
class SnapshotJob {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotJob.class);
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private final DashboardService dashboard;
    private final JobLock lock;

    SnapshotJob(DashboardService dashboard, JobLock lock) {
        this.dashboard = dashboard;
        this.lock = lock;
    }

    /** Only when today has no point yet: a restart need not recompute the register's figures before it is ready. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        try {
            lock.runExclusively(
                    "dashboard-snapshot", AT_MOST, () -> SystemAccess.run(dashboard::takeSnapshotUnlessTaken));
        } catch (RuntimeException failure) {
            LOG.error("The snapshot at start failed; the nightly run tries again", failure);
        }
    }

    @Scheduled(cron = "${dpa.dashboard.snapshot-cron:0 45 3 * * *}", zone = "UTC")
    void nightly() {
        run();
    }

    /** Says whether this node took the snapshot (false: another node holds the lock). */
    boolean run() {
        try {
            return lock.runExclusively("dashboard-snapshot", AT_MOST, () -> SystemAccess.run(dashboard::takeSnapshot));
        } catch (RuntimeException failure) {
            LOG.error("The daily snapshot failed; the next run tries again", failure);
            return false;
        }
    }
}
