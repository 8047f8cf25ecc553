package org.dpatracker.dataflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.ListColumns;
import org.dpatracker.core.ui.ListFilters;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.dataflow.Recipient;
import org.dpatracker.dataflow.RecipientFilter;
import org.dpatracker.dataflow.RecipientService;
import org.dpatracker.processor.ui.DataFlowFilters;
import org.dpatracker.processor.ui.RedFlagTexts;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.Countries;
import org.dpatracker.user.GridColumnService;

/** For managers: every organisation that receives our data, through which agreements, where, on which basis. */
@Route("recipients")
@Menu(order = 20, icon = "vaadin:globe", title = "nav.recipients")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class RecipientsView extends VerticalLayout implements HasDynamicTitle {

    private final transient RecipientService recipients;
    private final Grid<Recipient> grid = new Grid<>();
    private final CountryChart chart = new CountryChart();
    private final SearchField search = new SearchField(this::refresh);
    private final DataFlowFilters dataFlow = new DataFlowFilters(this::refresh);
    private final WorldMap map = new WorldMap(dataFlow::chooseCountry);

    RecipientsView(RecipientService recipients, GridColumnService widths) {
        this.recipients = recipients;
        setSizeFull();
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = recipients.exportCsv(filter());
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "recipients.csv", "text/csv", csv.length);
                }),
                getTranslation("recipients.export"));
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(new ListFilters(search, dataFlow), export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        ListColumns.remembered(grid, widths);
        Div side = new Div(map, chart);
        side.addClassName("recipients-side");
        Div body = new Div(grid, side);
        body.addClassName("recipients-body");
        add(new H2(getTranslation("nav.recipients")), new Paragraph(getTranslation("recipients.intro")), filters, body);
        refresh();
    }

    private void configureGrid() {
        grid.setId("recipients-grid");
        grid.setHeightFull();
        grid.setMinHeight("20rem");
        grid.getStyle().set("flex", "1 1 0").set("min-width", "0");
        grid.setEmptyStateText(getTranslation("recipients.empty"));
        Grid.Column<Recipient> name = grid.addColumn(Recipient::name)
                .setHeader(getTranslation("recipients.organisation"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.via().stream()
                        .map(via -> getTranslation(
                                via.processor() ? "recipients.as-processor" : "recipients.as-subprocessor",
                                via.controllerName(),
                                via.processorName()))
                        .distinct()
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("recipients.via"))
                .setFlexGrow(3);
        Grid.Column<Recipient> countries = grid.addColumn(r -> r.countries().stream()
                        .map(code -> Countries.name(code, getLocale()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("agreement.countries"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.mechanisms().stream()
                        .map(m -> getTranslation("mechanism." + m.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("recipients.basis"))
                .setFlexGrow(2);
        Grid.Column<Recipient> flags = grid.addComponentColumn(r -> RedFlagTexts.badges(
                        this,
                        r.redFlags().stream().map(f -> f.type()).distinct().toList()))
                .setHeader(getTranslation("agreement.red-flags"))
                .setFlexGrow(1);
        // On a phone: who, where to, and what is wrong; the row's details tell the rest.
        ListColumns.phoneColumns(grid, List.of(name, countries, flags));
        grid.setItemDetailsRenderer(
                new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> RedFlagTexts.explained(this, r.redFlags())));
    }

    /** The grid fetches a page at a time as the user scrolls; the chart counts every matching recipient. */
    private void refresh() {
        RecipientFilter filter = filter();
        grid.setItems(
                query -> recipients.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> recipients.count(filter));
        chart.show(recipients.recipientsPerCountry(filter));
        map.show(recipients.transfersPerCountry(filter), filter.country());
    }

    private RecipientFilter filter() {
        return new RecipientFilter(
                search.getValue(), dataFlow.country(), dataFlow.outsideEeaOnly(), dataFlow.flaggedOnly());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recipients") + " | " + getTranslation("app.name");
    }
}
