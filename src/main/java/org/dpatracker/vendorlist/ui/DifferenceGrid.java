package org.dpatracker.vendorlist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.transfer.Countries;
import org.dpatracker.vendorlist.Difference;

/** The comparison, one row per name: a badge for the change, the purpose, the countries before and after. */
class DifferenceGrid extends Grid<Difference> {

    DifferenceGrid() {
        setId("vendorlist-differences");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(this::badges)
                .setHeader(getTranslation("vendorlist.change"))
                .setKey("change")
                .setAutoWidth(true);
        addColumn(Difference::name)
                .setHeader(getTranslation("subprocessor.organisation"))
                .setKey("name")
                .setFlexGrow(2);
        addColumn(Difference::purpose)
                .setHeader(getTranslation("subprocessor.service"))
                .setFlexGrow(2);
        addColumn(this::locations)
                .setHeader(getTranslation("subprocessor.locations"))
                .setKey("locations")
                .setFlexGrow(2);
        addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private Component badges(Difference difference) {
        HorizontalLayout badges = new HorizontalLayout(new Badge(
                getTranslation("vendorlist.kind." + difference.kind().name()),
                switch (difference.kind()) {
                    case ADDED -> Badge.Tone.WARNING;
                    case REMOVED -> Badge.Tone.ERROR;
                    case LOCATION_CHANGED -> Badge.Tone.CONTRAST;
                    case UNCHANGED -> Badge.Tone.SUCCESS;
                }));
        if (difference.noticePending()) {
            badges.add(new Badge(getTranslation("vendorlist.notice-pending"), Badge.Tone.NEUTRAL));
        } else if (difference.kind() == Difference.Kind.ADDED && difference.organisationId() == null) {
            badges.add(new Badge(getTranslation("vendorlist.new-organisation"), Badge.Tone.NEUTRAL));
        }
        badges.setSpacing(false);
        badges.addClassName("gap-s");
        badges.setWrap(true);
        return badges;
    }

    private String locations(Difference difference) {
        return switch (difference.kind()) {
            case ADDED -> countries(difference.after());
            case REMOVED, UNCHANGED -> countries(difference.before());
            case LOCATION_CHANGED ->
                getTranslation("vendorlist.moved", countries(difference.before()), countries(difference.after()));
        };
    }

    private String countries(Set<String> codes) {
        Locale locale = getLocale();
        return codes.isEmpty()
                ? getTranslation("fact.not-recorded")
                : codes.stream()
                        .map(code -> Countries.name(code, locale))
                        .sorted()
                        .collect(Collectors.joining(", "));
    }

    /** A removal is for the DPO to end on the agreement: the button scrolls to the sub-processor list. */
    private Component action(Difference difference) {
        if (difference.kind() != Difference.Kind.REMOVED) {
            return new Span();
        }
        Button show = new Button(
                getTranslation("vendorlist.show-subprocessor"),
                click -> getElement()
                        .executeJs("const tree = document.getElementById('subprocessor-tree');"
                                + " if (tree) { tree.scrollIntoView({behavior: 'smooth'}); }"));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return show;
    }
}
