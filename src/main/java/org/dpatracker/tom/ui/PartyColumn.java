package org.dpatracker.tom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.MarkAllBar;
import org.dpatracker.tom.ChecklistProgress;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;

/**
 * One party's checklist as a column of the matrix: its heading with the progress, which follows each save,
 * the cells in the order of the catalogue, and one status for all its measures at once.
 */
class PartyColumn extends Div {

    private final List<MeasureCell> cells = new ArrayList<>();
    private final Div progress = new Div();

    PartyColumn(TomChecklistService checklists, TomChecklist checklist, String party, boolean editable) {
        add(new Div(party), progress);
        if (editable) {
            add(new MarkAllBar<>(
                    "tom-mark-all-" + checklist.id(),
                    Arrays.asList(MeasureStatus.values()),
                    status -> getTranslation("tom.status." + status.name()),
                    (status, openOnly) -> {
                        TomChecklist after = checklists.markAll(
                                checklist.id(),
                                cells.stream()
                                        .map(MeasureCell::entry)
                                        .filter(entry -> !openOnly || entry.status() == MeasureStatus.OPEN)
                                        .map(TomEntry::id)
                                        .toList(),
                                status);
                        int changed = 0;
                        for (MeasureCell cell : cells) {
                            TomEntry now = after.entries().stream()
                                    .filter(e -> e.id().equals(cell.entry().id()))
                                    .findFirst()
                                    .orElseThrow();
                            if (now.version() != cell.entry().version()) {
                                changed++;
                                cell.show(now);
                            }
                        }
                        showProgress();
                        return changed;
                    }));
        }
    }

    /** Adds the next cell of this party, below the last; "save and next" of the last one moves to it. */
    void add(MeasureCell cell) {
        if (!cells.isEmpty()) {
            cells.getLast().setNext(cell::edit);
        }
        cells.add(cell);
    }

    /** Shows the progress of the cells as they now are. */
    void showProgress() {
        progress.removeAll();
        ChecklistProgress figures = ChecklistProgress.of(
                cells.stream().map(cell -> cell.entry().status()).toList());
        Span figure = new Span(getTranslation("tom.progress", figures.implemented(), figures.applicable()));
        figure.addClassName("measure-progress");
        progress.add(figure);
        if (figures.missing() > 0) {
            progress.add(new Badge(getTranslation("tom.missing-count", figures.missing()), Badge.Tone.ERROR));
        }
        if (figures.open() > 0) {
            progress.add(new Badge(getTranslation("tom.open-count", figures.open()), Badge.Tone.NEUTRAL));
        }
    }
}
