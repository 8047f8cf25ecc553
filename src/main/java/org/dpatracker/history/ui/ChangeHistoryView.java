package org.dpatracker.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dpatracker.core.ui.ListFilters;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.ChangeText;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** Every recorded change, newest first, and the check that the chain of hashes is unbroken. */
@Route("history")
@Menu(order = 90, icon = "vaadin:clock", title = "nav.history")
@RolesAllowed(Permission.Names.HISTORY_READ)
public class ChangeHistoryView extends VerticalLayout implements HasDynamicTitle {

    private final transient ChangeHistoryService history;
    private final Grid<ChangeEntry> grid = new Grid<>();
    private final ChangeFilterBar filters;
    private final VerificationResult verification = new VerificationResult();

    ChangeHistoryView(ChangeHistoryService history) {
        this.history = history;
        setSizeFull();
        filters = new ChangeFilterBar(history, () -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (CurrentUser.has(Permission.HISTORY_VERIFY)) {
            Button verify = new Button(
                    getTranslation("history.verify"),
                    VaadinIcon.CHECK_CIRCLE_O.create(),
                    click -> verification.show(history.verify()));
            toolbar.add(verify, verification);
        }
        configureGrid();
        add(new H2(getTranslation("nav.history")), new ListFilters(filters), toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        ChangeText text = HistoryTexts.current();
        grid.addColumn(ChangeEntry::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> text.when(entry.changedAt()))
                .setHeader(getTranslation("history.time"))
                .setWidth("16rem")
                .setFlexGrow(0);
        grid.addColumn(ChangeEntry::changedBy)
                .setHeader(getTranslation("history.user"))
                .setAutoWidth(true);
        grid.addColumn(entry -> text.entity(entry.entity()) + " " + text.entityId(entry.entity(), entry.entityId()))
                .setHeader(getTranslation("history.entity"))
                .setAutoWidth(true);
        grid.addColumn(entry -> text.operation(entry.operation()))
                .setHeader(getTranslation("history.operation"))
                .setAutoWidth(true);
        grid.addColumn(entry -> String.join("; ", text.changes(entry)))
                .setHeader(getTranslation("history.changes"))
                .setFlexGrow(3);
        grid.addItemClickListener(click -> new ChangeEntryDialog(click.getItem()).open());
        grid.setItems(
                query -> history.findPage(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> history.count(filter()));
    }

    private ChangeFilter filter() {
        return filters.filter();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.history") + " | " + getTranslation("app.name");
    }
}
