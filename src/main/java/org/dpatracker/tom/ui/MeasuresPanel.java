package org.dpatracker.tom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.tom.ChecklistProgress;
import org.dpatracker.tom.MeasureDescriptions;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;
import org.dpatracker.tom.TomMeasure;

/**
 * The measures of every party side by side, one table per catalogue: a row per measure, a column
 * per party (as in an appendix listing "measures taken by the licensor" and "by the data centre"),
 * with each party's progress in its column heading.
 */
class MeasuresPanel extends Div {

    private final transient TomChecklistService checklists;
    private final transient AgreementDetail detail;
    private final transient Runnable refresh;

    MeasuresPanel(
            TomChecklistService checklists, TomCatalogueService catalogues, AgreementDetail detail, Runnable refresh) {
        this.checklists = checklists;
        this.detail = detail;
        this.refresh = refresh;
        setId("measures");
        addClassName("measures");
        setWidthFull();
        add(new H3(getTranslation("tom.title")));
        List<TomCatalogue> allCatalogues = catalogues.findAll();
        List<TomChecklist> ofAgreement =
                checklists.ofAgreement(detail.agreement().id());
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button start = new Button(
                    getTranslation("tom.start"),
                    VaadinIcon.PLUS.create(),
                    click -> new StartChecklistDialog(checklists, allCatalogues, detail, refresh).open());
            start.setId("tom-start");
            add(start);
        }
        if (ofAgreement.isEmpty()) {
            add(new Paragraph(getTranslation("tom.none")));
            return;
        }
        Map<Long, List<TomChecklist>> byCatalogue = ofAgreement.stream()
                .collect(Collectors.groupingBy(
                        TomChecklist::catalogueId, java.util.LinkedHashMap::new, Collectors.toList()));
        for (TomCatalogue catalogue : allCatalogues) {
            List<TomChecklist> parties = byCatalogue.get(catalogue.id());
            if (parties != null) {
                add(new H4(catalogue.name().in(locale())), matrix(catalogue, parties));
            }
        }
    }

    private Component matrix(TomCatalogue catalogue, List<TomChecklist> parties) {
        NativeTable table = new NativeTable();
        table.addClassName("measure-matrix");
        table.setId("measures-" + catalogue.code());
        NativeTableRow heading = table.getHead().addRow();
        heading.addHeaderCell().setText(getTranslation("tom.measure"));
        for (TomChecklist checklist : parties) {
            NativeTableHeaderCell cell = heading.addHeaderCell();
            ChecklistProgress progress = checklist.progress();
            Span figure = new Span(getTranslation("tom.progress", progress.implemented(), progress.applicable()));
            figure.addClassName("measure-progress");
            cell.add(new Div(Parties.name(this, detail, checklist.subprocessorId())), figure);
            if (progress.missing() > 0) {
                cell.add(new Badge(getTranslation("tom.missing-count", progress.missing()), Badge.Tone.ERROR));
            }
            if (progress.open() > 0) {
                cell.add(new Badge(getTranslation("tom.open-count", progress.open()), Badge.Tone.NEUTRAL));
            }
        }
        List<Map<Long, TomEntry>> entries = parties.stream()
                .map(c -> c.entries().stream().collect(Collectors.toMap(TomEntry::measureId, Function.identity())))
                .toList();
        String group = null;
        for (TomMeasure measure : catalogue.measures()) {
            String measureGroup =
                    measure.group() == null ? null : measure.group().in(locale());
            if (measureGroup != null && !Objects.equals(group, measureGroup)) {
                NativeTableRow groupRow = table.getBody().addRow();
                groupRow.addClassName("measure-group");
                NativeTableHeaderCell cell = groupRow.addHeaderCell();
                cell.setText(measureGroup);
                cell.getElement().setAttribute("colspan", String.valueOf(parties.size() + 1));
                group = measureGroup;
            }
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.add(new Div(measure.name().in(locale())));
            if (measure.reference() != null) {
                Span reference = new Span(measure.reference());
                reference.addClassName("measure-reference");
                name.add(reference);
            }
            for (Map<Long, TomEntry> party : entries) {
                NativeTableCell cell = row.addDataCell();
                TomEntry entry = party.get(measure.id());
                if (entry != null) {
                    cell.add(entryView(entry, measure));
                }
            }
        }
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        return scroller;
    }

    private Component entryView(TomEntry entry, TomMeasure measure) {
        Div view = new Div();
        view.addClassName("measure-entry");
        view.add(new Badge(getTranslation("tom.status." + entry.status().name()), tone(entry.status())));
        if (entry.description() != null) {
            Div description = new Div(entry.description());
            description.addClassName("pre-line");
            view.add(description);
        }
        if (entry.status().claimsMeasure() && MeasureDescriptions.tooGeneric(entry.description())) {
            view.add(new Badge(getTranslation("tom.generic-warning"), Badge.Tone.WARNING));
        }
        if (entry.evidence() != null) {
            Div evidence = new Div(getTranslation(
                    "tom.evidence-line",
                    entry.evidenceKind() == null
                            ? ""
                            : getTranslation("evidence." + entry.evidenceKind().name()),
                    entry.evidence()));
            evidence.addClassName("measure-evidence");
            view.add(evidence);
        }
        if (entry.verifiedOn() != null) {
            Div verified = new Div(getTranslation("tom.verified-line", entry.verifiedOn(), entry.verifiedBy()));
            verified.addClassName("measure-evidence");
            view.add(verified);
        }
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button edit = new Button(
                    VaadinIcon.EDIT.create(),
                    click ->
                            new TomEntryDialog(checklists, entry, measure.name().in(locale()), refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation("tom.edit", measure.name().in(locale())));
            edit.addClassName("measure-edit");
            view.add(edit);
        }
        return view;
    }

    static Badge.Tone tone(MeasureStatus status) {
        return switch (status) {
            case IMPLEMENTED -> Badge.Tone.SUCCESS;
            case MISSING -> Badge.Tone.ERROR;
            case PARTLY, PLANNED -> Badge.Tone.WARNING;
            case OPEN, NOT_APPLICABLE -> Badge.Tone.NEUTRAL;
        };
    }

    private Locale locale() {
        return UI.getCurrent() == null ? getLocale() : UI.getCurrent().getLocale();
    }
}
