package org.dpatracker.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpatracker.search.SearchHit;
import org.dpatracker.search.SearchKind;
import org.dpatracker.search.SearchService;
import org.dpatracker.transfer.Countries;

/**
 * The global search: results grouped by kind as the user types; arrow keys move the selection,
 * Enter or a click opens the item's page.
 */
public class SearchDialog extends Dialog {

    private final transient SearchService search;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private final List<Div> items = new ArrayList<>();
    private final List<SearchHit> hits = new ArrayList<>();
    private int selected = -1;

    public SearchDialog(SearchService search) {
        this.search = search;
        setId("global-search-dialog");
        setHeaderTitle(getTranslation("search.title"));
        field.setId("global-search-field");
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.title"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setClearButtonVisible(true);
        field.setWidthFull();
        field.addValueChangeListener(change -> show(change.getValue()));
        Shortcuts.addShortcutListener(this, () -> move(1), Key.ARROW_DOWN).listenOn(field);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.ARROW_UP).listenOn(field);
        Shortcuts.addShortcutListener(this, this::openSelected, Key.ENTER).listenOn(field);
        results.setId("global-search-results");
        results.getElement().setAttribute("role", "listbox");
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        add(field, results);
        setWidth("40rem");
        setMaxWidth("100%");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                field.focus();
            }
        });
    }

    private void show(String text) {
        results.removeAll();
        items.clear();
        hits.clear();
        selected = -1;
        List<SearchHit> found = search.search(text);
        if (found.isEmpty() && text.strip().length() > 1) {
            results.add(new Span(getTranslation("search.none")));
        }
        SearchKind group = null;
        for (SearchHit hit : found) {
            if (hit.kind() != group) {
                group = hit.kind();
                Span heading = new Span(getTranslation("search.kind." + group.name()));
                heading.addClassNames(
                        LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.SMALL);
                results.add(heading);
            }
            results.add(item(hit));
        }
        if (!hits.isEmpty()) {
            select(0);
        }
    }

    private Div item(SearchHit hit) {
        Span title = new Span(hit.title());
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        String text = hit.detail() == null ? "" : hit.detail();
        Span detail = new Span(hit.kind() == SearchKind.ORGANISATION ? Countries.name(text, getLocale()) : text);
        detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "search-hit-detail");
        Div item = new Div(title, detail);
        item.setId("search-hit-" + hits.size());
        item.addClassNames(
                "search-hit",
                "search-hit-" + hit.kind().name().toLowerCase(Locale.ROOT),
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.Horizontal.SMALL,
                LumoUtility.Padding.Vertical.XSMALL,
                LumoUtility.BorderRadius.MEDIUM);
        item.getElement().setAttribute("role", "option");
        item.addClickListener(click -> open(hit));
        hits.add(hit);
        items.add(item);
        return item;
    }

    private void move(int step) {
        if (!hits.isEmpty()) {
            select(Math.floorMod(selected + step, hits.size()));
        }
    }

    private void select(int index) {
        if (selected >= 0) {
            items.get(selected).removeClassName(LumoUtility.Background.PRIMARY_10);
            items.get(selected).getElement().setAttribute("aria-selected", "false");
        }
        selected = index;
        Div item = items.get(index);
        item.addClassName(LumoUtility.Background.PRIMARY_10);
        item.getElement().setAttribute("aria-selected", "true");
        item.scrollIntoView();
    }

    private void openSelected() {
        if (selected >= 0) {
            open(hits.get(selected));
        }
    }

    private void open(SearchHit hit) {
        close();
        UI ui = UI.getCurrent();
        switch (hit.kind()) {
            case ORGANISATION -> ui.navigate("register", QueryParameters.of("q", hit.title()));
            case AGREEMENT, SUBPROCESSOR -> ui.navigate("agreement/" + hit.agreementId());
            case RECORD -> ui.navigate("record/" + hit.id());
            case BREACH -> ui.navigate("breach/" + hit.id());
            case NOTICE -> ui.navigate("notices", QueryParameters.of("agreement", String.valueOf(hit.agreementId())));
        }
    }
}
