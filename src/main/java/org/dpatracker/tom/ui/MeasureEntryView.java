package org.dpatracker.tom.ui;

import com.vaadin.flow.component.html.Div;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.tom.MeasureDescriptions;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomEntry;

/** One party's entry for a measure, for reading: status, description, evidence and the last verification. */
class MeasureEntryView extends Div {

    MeasureEntryView(TomEntry entry) {
        addClassName("measure-entry");
        add(new Badge(getTranslation("tom.status." + entry.status().name()), tone(entry.status())));
        if (entry.description() != null) {
            Div description = new Div(entry.description());
            description.addClassName("pre-line");
            add(description);
        }
        if (entry.status().claimsMeasure() && MeasureDescriptions.tooGeneric(entry.description())) {
            add(new Badge(getTranslation("tom.generic-warning"), Badge.Tone.WARNING));
        }
        if (entry.evidence() != null) {
            Div evidence = new Div(getTranslation(
                    "tom.evidence-line",
                    entry.evidenceKind() == null
                            ? ""
                            : getTranslation("evidence." + entry.evidenceKind().name()),
                    entry.evidence()));
            evidence.addClassName("measure-evidence");
            add(evidence);
        }
        if (entry.verifiedOn() != null) {
            Div verified = new Div(getTranslation("tom.verified-line", entry.verifiedOn(), entry.verifiedBy()));
            verified.addClassName("measure-evidence");
            add(verified);
        }
    }

    static Badge.Tone tone(MeasureStatus status) {
        return switch (status) {
            case IMPLEMENTED -> Badge.Tone.SUCCESS;
            case MISSING -> Badge.Tone.ERROR;
            case PARTLY, PLANNED -> Badge.Tone.WARNING;
            case OPEN, NOT_APPLICABLE -> Badge.Tone.NEUTRAL;
        };
    }
}
