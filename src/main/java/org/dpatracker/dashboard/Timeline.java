package org.dpatracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.deadline.DeadlineWindow;

/** The start page's deadline timeline: the overdue ones, then thirteen weeks from today, covering 90 days. */
public final class Timeline {

    public static final int WEEKS = 13;

    private Timeline() {}

    public static List<DeadlineWindow> windows(LocalDate today) {
        List<DeadlineWindow> windows = new ArrayList<>();
        windows.add(DeadlineWindow.overdueOnly());
        for (int week = 0; week < WEEKS; week++) {
            LocalDate from = today.plusWeeks(week);
            windows.add(DeadlineWindow.between(from, from.plusDays(6)));
        }
        return windows;
    }
}
