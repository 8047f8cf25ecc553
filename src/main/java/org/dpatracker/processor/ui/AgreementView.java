package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.ListColumns;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.ui.HistoryTexts;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.responsible.ResponsiblePersonService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.user.GridColumnService;
import org.springframework.beans.factory.ObjectProvider;

/** One agreement: parties, processing, document, subprocessor tree with locations, red flags and history. */
@Route("agreement")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class AgreementView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient AgreementService agreements;
    private final transient ResponsiblePersonService responsible;
    private final transient SubprocessorService subprocessors;
    private final transient OrganisationService organisations;
    private final transient ChangeHistoryService history;
    private final transient List<AgreementSection> sections;
    private final transient GridColumnService widths;
    private String title = "";

    AgreementView(
            AgreementService agreements,
            SubprocessorService subprocessors,
            OrganisationService organisations,
            ChangeHistoryService history,
            ObjectProvider<AgreementSection> sections,
            GridColumnService widths,
            ResponsiblePersonService responsible) {
        this.responsible = responsible;
        this.agreements = agreements;
        this.widths = widths;
        this.subprocessors = subprocessors;
        this.organisations = organisations;
        this.history = history;
        this.sections = sections.orderedStream()
                .sorted(Comparator.comparingInt(AgreementSection::order))
                .toList();
        addClassName("agreement-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(agreements.detail(id).orElseThrow(NotFoundException::new));
    }

    private void show(AgreementDetail detail) {
        removeAll();
        Agreement agreement = detail.agreement();
        title = detail.processor().name();
        HorizontalLayout heading = new HorizontalLayout(
                new H2(title),
                new Badge(getTranslation("status." + agreement.status().name()), Badge.Tone.CONTRAST));
        heading.setAlignItems(Alignment.BASELINE);
        add(
                heading,
                new Paragraph(getTranslation(
                        agreement.relationship().isProcessor()
                                ? "agreement.between"
                                : "agreement.between."
                                        + agreement.relationship().name(),
                        detail.controller().name(),
                        detail.processor().name())),
                jumpLinks(detail));
        responsible.personOf(agreement.id()).ifPresent(person -> {
            Paragraph who = new Paragraph(getTranslation("responsible.shown", person.displayName()));
            who.setId("agreement-responsible-person");
            addComponentAtIndex(2, who);
        });
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button edit = new Button(
                    getTranslation("agreement.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new AgreementDialog(
                                    agreements, organisations, responsible, agreement, saved -> reload(agreement.id()))
                            .open());
            edit.setId("agreement-edit");
            add(new HorizontalLayout(
                    edit,
                    new Button(
                            getTranslation("subprocessor.add"),
                            VaadinIcon.PLUS.create(),
                            click -> new SubprocessorDialog(
                                            subprocessors, organisations, detail, null, saved -> reload(agreement.id()))
                                    .open())));
        }
        add(new H3(getTranslation("agreement.red-flags")));
        if (detail.redFlags().isEmpty()) {
            Badge none = new Badge(getTranslation("redflag.none"), Badge.Tone.SUCCESS);
            none.setId("red-flags-none");
            add(none);
        } else {
            add(RedFlagTexts.explained(this, detail.redFlags()));
        }

        boolean editor = CurrentUser.has(Permission.REGISTER_EDIT);
        FlexLayout parties = new FlexLayout(
                PartyFacts.of(
                        this,
                        "agreement.controller",
                        detail.controller(),
                        editor ? () -> editOrganisation(detail.controller(), agreement.id()) : null),
                PartyFacts.of(
                        this,
                        agreement.relationship().isProcessor()
                                ? "agreement.processor"
                                : "relationship." + agreement.relationship().name(),
                        detail.processor(),
                        editor ? () -> editOrganisation(detail.processor(), agreement.id()) : null));
        parties.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        parties.addClassName("gap-l");
        add(new H3(getTranslation("agreement.parties")), parties);
        add(ProcessingFacts.relationship(this, detail));
        add(new H3(getTranslation("agreement.processing")), ProcessingFacts.of(this, agreement));
        add(new H3(getTranslation("agreement.document")), ProcessingFacts.document(this, agreement));
        // By address: the notice feature builds on this one, so this page cannot name its view class.
        Anchor noticesLink = new Anchor("notices?agreement=" + agreement.id(), getTranslation("agreement.notices"));
        noticesLink.setId("agreement-notices");
        add(
                new H3(getTranslation("agreement.subprocessors")),
                ProcessingFacts.terms(this, agreement),
                subprocessorTree(detail),
                noticesLink,
                new SubprocessorTimeline(subprocessors, detail));
        sections.stream()
                .filter(section -> section.shownFor(detail))
                .forEach(section -> add(section.render(detail, () -> reload(agreement.id()))));
        if (CurrentUser.has(Permission.HISTORY_READ)) {
            add(new H3(getTranslation("nav.history")), historyOf(agreement.id()));
        }
    }

    /** Buttons that scroll to the sections further down: the page is long for an auditor looking for one part. */
    private HorizontalLayout jumpLinks(AgreementDetail detail) {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("agreement-sections");
        links.addClassName("jump-links");
        links.setSpacing(false);
        for (AgreementSection section : sections) {
            if (!section.shownFor(detail)) {
                continue;
            }
            Button jump = new Button(
                    getTranslation(section.titleKey()),
                    click -> getElement()
                            .executeJs(
                                    "const target = document.getElementById($0); if (target) { "
                                            + "target.scrollIntoView({behavior: 'smooth'}); }",
                                    section.anchorId()));
            jump.addThemeVariants(
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            links.add(jump);
        }
        return links;
    }

    private Div subprocessorTree(AgreementDetail detail) {
        TreeGrid<Subprocessor> tree = new TreeGrid<>();
        tree.setId("subprocessor-tree");
        tree.addHierarchyColumn(s -> detail.organisationOf(s).name())
                .setHeader(getTranslation("subprocessor.organisation"))
                .setFlexGrow(1);
        tree.addColumn(Subprocessor::service)
                .setHeader(getTranslation("subprocessor.service"))
                .setFlexGrow(2);
        tree.addColumn(s -> LocationTexts.describe(this, s.locations()))
                .setHeader(getTranslation("subprocessor.locations"))
                .setKey("locations")
                .setFlexGrow(2);
        tree.addColumn(s -> LocationTexts.mechanisms(this, s.locations()))
                .setHeader(getTranslation("subprocessor.transfer"))
                .setKey("transfer")
                .setFlexGrow(1);
        tree.addColumn(s -> getTranslation("approval." + s.approval().name()))
                .setHeader(getTranslation("subprocessor.approval"))
                .setKey("approval")
                .setAutoWidth(true);
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            tree.addComponentColumn(s -> {
                        Button edit = new Button(
                                getTranslation("action.edit"),
                                click -> new SubprocessorDialog(
                                                subprocessors,
                                                organisations,
                                                detail,
                                                s,
                                                saved -> reload(s.agreementId()))
                                        .open());
                        // Which row the button edits, for screen readers: "Edit Axilaris GmbH".
                        edit.setAriaLabel(getTranslation(
                                "action.edit-named", detail.organisationOf(s).name()));
                        return edit;
                    })
                    .setAutoWidth(true);
        }
        tree.setItems(detail.engagedBy(null), s -> detail.engagedBy(s.id()));
        tree.expandRecursively(detail.engagedBy(null), 10);
        tree.setAllRowsVisible(true);
        ListColumns.remembered(tree, widths);
        Div wrapper = new Div();
        wrapper.setWidthFull();
        Paragraph processorLocations = new Paragraph(getTranslation(
                "agreement.processor-locations",
                LocationTexts.describe(this, detail.agreement().locations()).isBlank()
                        ? getTranslation("fact.not-recorded")
                        : LocationTexts.describe(this, detail.agreement().locations())));
        processorLocations.setId("processor-locations");
        wrapper.add(processorLocations);
        wrapper.add(
                detail.subprocessors().isEmpty()
                        ? new Paragraph(getTranslation(
                                CurrentUser.has(Permission.REGISTER_EDIT)
                                        ? "subprocessor.none-yet"
                                        : "subprocessor.none"))
                        : tree);
        return wrapper;
    }

    private Grid<ChangeEntry> historyOf(long agreementId) {
        Grid<ChangeEntry> grid = new Grid<>();
        grid.addColumn(entry -> ClientTime.format(entry.changedAt()))
                .setHeader(getTranslation("history.time"))
                .setAutoWidth(true);
        grid.addColumn(ChangeEntry::changedBy)
                .setHeader(getTranslation("history.user"))
                .setAutoWidth(true);
        grid.addColumn(entry ->
                        getTranslation("history.operation." + entry.operation().name()))
                .setHeader(getTranslation("history.operation"))
                .setAutoWidth(true);
        grid.addColumn(entry -> String.join(", ", HistoryTexts.current().changedFields(entry)))
                .setHeader(getTranslation("history.changes"));
        grid.setItems(history.findPage(new ChangeFilter("agreement", String.valueOf(agreementId), null), 0, 100));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void editOrganisation(org.dpatracker.organisation.Organisation organisation, long agreementId) {
        new org.dpatracker.organisation.ui.OrganisationDialog(organisations, organisation, saved -> reload(agreementId))
                .open();
    }

    private void reload(long id) {
        show(agreements.detail(id).orElseThrow());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
