package org.dpatracker.processor.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorListDiff;
import org.dpatracker.processor.SubprocessorService;

/** The subprocessor list between two days: who was added and who left, instead of comparing lists by hand. */
class SubprocessorTimeline extends Div {

    private final transient SubprocessorService subprocessors;
    private final transient AgreementDetail detail;
    private final DatePicker from =
            new DateField(getTranslation("timeline.from"), LocalDate.now().minusYears(1));
    private final DatePicker to = new DateField(getTranslation("timeline.to"), LocalDate.now());
    private final Div result = new Div();

    SubprocessorTimeline(SubprocessorService subprocessors, AgreementDetail detail) {
        this.subprocessors = subprocessors;
        this.detail = detail;
        setId("subprocessor-timeline");
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        add(new H4(getTranslation("timeline.title")), new HorizontalLayout(from, to), result);
        show();
    }

    private void show() {
        result.removeAll();
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        SubprocessorListDiff diff = subprocessors.diff(detail.agreement().id(), from.getValue(), to.getValue());
        if (diff.added().isEmpty() && diff.removed().isEmpty() && diff.changed().isEmpty()) {
            result.add(new Paragraph(getTranslation("timeline.unchanged")));
            return;
        }
        UnorderedList changes = new UnorderedList();
        diff.added()
                .forEach(
                        s -> changes.add(new ListItem(getTranslation("timeline.added", name(s), dateOf(s.addedOn())))));
        diff.removed().forEach(s -> changes.add(new ListItem(getTranslation("timeline.removed", name(s)))));
        diff.changed()
                .forEach(change -> changes.add(new ListItem(getTranslation(
                        "timeline.moved",
                        name(change.subprocessor()),
                        LocationTexts.describe(this, change.before()),
                        LocationTexts.describe(this, change.after())))));
        result.add(changes);
    }

    private String name(Subprocessor subprocessor) {
        return detail.organisationOf(subprocessor) == null
                ? "#" + subprocessor.id()
                : detail.organisationOf(subprocessor).name();
    }

    private static String dateOf(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
