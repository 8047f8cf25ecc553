package org.dpatracker.tom;

import java.util.Collection;

/**
 * Where a checklist stands: "34 of 41 implemented", where measures marked not applicable do not
 * count towards the total.
 */
public record ChecklistProgress(int implemented, int applicable, int partly, int planned, int missing, int open) {

    public static ChecklistProgress of(Collection<MeasureStatus> statuses) {
        int implemented = 0;
        int partly = 0;
        int planned = 0;
        int missing = 0;
        int open = 0;
        int notApplicable = 0;
        for (MeasureStatus status : statuses) {
            switch (status) {
                case IMPLEMENTED -> implemented++;
                case PARTLY -> partly++;
                case PLANNED -> planned++;
                case MISSING -> missing++;
                case OPEN -> open++;
                case NOT_APPLICABLE -> notApplicable++;
            }
        }
        return new ChecklistProgress(implemented, statuses.size() - notApplicable, partly, planned, missing, open);
    }

    /** Whole percent implemented of the applicable measures; 100 when none applies. */
    public int percent() {
        return applicable == 0 ? 100 : implemented * 100 / applicable;
    }
}
