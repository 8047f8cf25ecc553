package org.dpatracker.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The start page's figures: the compliance score, its trend, and the counts behind the charts. */
@Service
public class DashboardService {

    public static final int WORST_SHOWN = 10;
    public static final int TREND_DAYS = 90;

    private final ScoreQuery scores;
    private final FigureQuery figures;
    private final SnapshotRepository snapshots;
    private final UpcomingDeadlines deadlines;
    private final Clock clock;

    DashboardService(
            ScoreQuery scores,
            FigureQuery figures,
            SnapshotRepository snapshots,
            UpcomingDeadlines deadlines,
            Clock clock) {
        this.scores = scores;
        this.figures = figures;
        this.snapshots = snapshots;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Overview overview() {
        LocalDate today = today();
        var overall = scores.overall(today);
        return new Overview(
                overall.map(ScoreQuery.Overall::score).orElse(null),
                overall.map(ScoreQuery.Overall::agreements).orElse(0),
                scores.worst(today, WORST_SHOWN),
                figures.agreementsByStatus(),
                figures.agreementsByFlag(),
                snapshots.since(today.minusDays(TREND_DAYS - 1)));
    }

    /** Today's snapshot, unless today's was taken already (by an earlier start or another node). */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional
    public boolean takeSnapshotUnlessTaken() {
        if (snapshots.countOn(today()) > 0) {
            return false;
        }
        takeSnapshot();
        return true;
    }

    /** Today's figures, stored as the day's snapshot (replacing an earlier one of the same day). */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional
    public Snapshot takeSnapshot() {
        LocalDate today = today();
        var overall = scores.overall(today);
        List<Deadline> due = deadlines.within(0);
        Snapshot snapshot = new Snapshot(
                today,
                overall.map(ScoreQuery.Overall::score).orElse(null),
                overall.map(ScoreQuery.Overall::agreements).orElse(0),
                overall.map(ScoreQuery.Overall::agreements).orElse(0)
                        - figures.agreementsByStatus().getOrDefault(AgreementStatus.SIGNED, 0),
                figures.flaggedAgreements(),
                figures.openFlags(),
                (int) due.stream().filter(Deadline::overdue).count());
        snapshots.save(snapshot, clock.instant());
        return snapshot;
    }
}
