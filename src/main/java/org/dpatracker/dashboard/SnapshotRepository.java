package org.dpatracker.dashboard;

import static org.dpatracker.db.Tables.DASHBOARD_SNAPSHOT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The daily snapshots: at most one row a day, the day's last run wins. */
@Repository
class SnapshotRepository {

    private final DSLContext dsl;

    SnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void save(Snapshot snapshot, Instant takenAt) {
        int updated = dsl.update(DASHBOARD_SNAPSHOT)
                .set(DASHBOARD_SNAPSHOT.SCORE, snapshot.score())
                .set(DASHBOARD_SNAPSHOT.AGREEMENTS, snapshot.agreements())
                .set(DASHBOARD_SNAPSHOT.NOT_SIGNED, snapshot.notSigned())
                .set(DASHBOARD_SNAPSHOT.FLAGGED, snapshot.flagged())
                .set(DASHBOARD_SNAPSHOT.RED_FLAGS, snapshot.redFlags())
                .set(DASHBOARD_SNAPSHOT.OVERDUE, snapshot.overdue())
                .set(DASHBOARD_SNAPSHOT.TAKEN_AT, takenAt)
                .where(DASHBOARD_SNAPSHOT.SNAPSHOT_DAY.eq(snapshot.day()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(DASHBOARD_SNAPSHOT)
                    .set(DASHBOARD_SNAPSHOT.SNAPSHOT_DAY, snapshot.day())
                    .set(DASHBOARD_SNAPSHOT.SCORE, snapshot.score())
                    .set(DASHBOARD_SNAPSHOT.AGREEMENTS, snapshot.agreements())
                    .set(DASHBOARD_SNAPSHOT.NOT_SIGNED, snapshot.notSigned())
                    .set(DASHBOARD_SNAPSHOT.FLAGGED, snapshot.flagged())
                    .set(DASHBOARD_SNAPSHOT.RED_FLAGS, snapshot.redFlags())
                    .set(DASHBOARD_SNAPSHOT.OVERDUE, snapshot.overdue())
                    .set(DASHBOARD_SNAPSHOT.TAKEN_AT, takenAt)
                    .execute();
        }
    }

    /** The snapshots from {@code from} on, oldest first. */
    List<Snapshot> since(LocalDate from) {
        return dsl.select(
                        DASHBOARD_SNAPSHOT.SNAPSHOT_DAY,
                        DASHBOARD_SNAPSHOT.SCORE,
                        DASHBOARD_SNAPSHOT.AGREEMENTS,
                        DASHBOARD_SNAPSHOT.NOT_SIGNED,
                        DASHBOARD_SNAPSHOT.FLAGGED,
                        DASHBOARD_SNAPSHOT.RED_FLAGS,
                        DASHBOARD_SNAPSHOT.OVERDUE)
                .from(DASHBOARD_SNAPSHOT)
                .where(DASHBOARD_SNAPSHOT.SNAPSHOT_DAY.ge(from))
                .orderBy(DASHBOARD_SNAPSHOT.SNAPSHOT_DAY)
                .fetch(Records.mapping(Snapshot::new));
    }

    int countOn(LocalDate day) {
        return dsl.fetchCount(DASHBOARD_SNAPSHOT, DASHBOARD_SNAPSHOT.SNAPSHOT_DAY.eq(day));
    }
}
