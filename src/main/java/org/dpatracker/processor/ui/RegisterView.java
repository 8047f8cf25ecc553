package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.ListColumns;
import org.dpatracker.core.ui.ListFilters;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.RegisterSort;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.responsible.ResponsiblePersonService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.Countries;
import org.dpatracker.user.GridColumnService;

/** The processor list: every agreement with its processor, where data goes, and what is wrong with it. */
@Route("register")
@RouteAlias(RegisterView.MY_AGREEMENTS)
@Menu(order = 10, icon = "vaadin:records", title = "nav.register")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class RegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The register narrowed to the signed-in user's agreements, as the menu's "My agreements" opens it. */
    public static final String MY_AGREEMENTS = "my-agreements";

    private final transient AgreementService agreements;
    private final Grid<AgreementRow> grid = new Grid<>();
    private final SearchField search = new SearchField(this::refresh);
    private final Select<AgreementStatus> status = new Select<>();
    private final DataFlowFilters dataFlow = new DataFlowFilters(this::refresh);
    private final FlagFilter flag = new FlagFilter(this::refresh);
    private final Checkbox mine = new Checkbox(getTranslation("responsible.mine"));
    private final H2 title = new H2(getTranslation("nav.register"));

    RegisterView(
            AgreementService agreements,
            OrganisationService organisations,
            RegisterExchangeService exchange,
            GridColumnService widths,
            ResponsiblePersonService responsible) {
        this.agreements = agreements;
        setSizeFull();
        status.setLabel(getTranslation("agreement.status"));
        status.setItems(AgreementStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("filter.any") : getTranslation("status." + s.name()));
        status.addValueChangeListener(change -> refresh());

        List<Component> filterFields = new ArrayList<>(List.of(search, status, dataFlow, flag));
        HorizontalLayout heading = new HorizontalLayout(title);
        heading.setWidthFull();
        heading.setWrap(true);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            mine.setId("register-mine");
            mine.addValueChangeListener(change -> refresh());
            filterFields.add(mine);
            Button create = new Button(
                    getTranslation("agreement.new"),
                    VaadinIcon.PLUS.create(),
                    click -> new AgreementDialog(
                                    agreements,
                                    organisations,
                                    responsible,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate(AgreementView.class, saved.id())))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            heading.add(create);
        }
        ListFilters filters = new ListFilters(filterFields.toArray(Component[]::new));
        filters.setWidthFull();
        configureGrid();
        ListColumns.remembered(grid, widths);
        add(
                heading,
                filters,
                new RegisterBulkBar(grid, responsible, exchange, () -> {
                    grid.deselectAll();
                    refresh();
                }),
                grid,
                new ExchangeBar(exchange, this::filter, this::refresh));
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("register-grid");
        // A few rows at least, however many filters sit above: the page scrolls down to the rest.
        grid.setMinHeight("24rem");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Grid.Column<AgreementRow> processor = grid.addColumn(
                        LitRenderer.<AgreementRow>of("<a href=\"agreement/${item.id}\">${item.name}</a>")
                                .withProperty("id", AgreementRow::id)
                                .withProperty("name", AgreementRow::processorName))
                .setHeader(getTranslation("agreement.processor"))
                .setKey(RegisterSort.Column.PROCESSOR.name())
                .setSortable(true)
                .setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(row -> Countries.name(row.processorCountry(), getLocale()))
                .setHeader(getTranslation("organisation.country"))
                .setFlexGrow(1);
        grid.addColumn(AgreementRow::controllerName)
                .setHeader(getTranslation("agreement.controller"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("status." + row.status().name()))
                .setHeader(getTranslation("agreement.status"))
                .setKey(RegisterSort.Column.STATUS.name())
                .setSortable(true)
                .setAutoWidth(true);
        Span subprocessorHeader = new Span(getTranslation("agreement.subprocessors"));
        subprocessorHeader.getElement().setAttribute("title", getTranslation("agreement.subprocessors"));
        grid.addColumn(AgreementRow::subprocessorCount)
                .setHeader(subprocessorHeader)
                .setKey(RegisterSort.Column.SUBPROCESSORS.name())
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.countries().stream()
                        .map(code -> Countries.name(code, getLocale()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("agreement.countries"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.responsibleName() == null ? "" : row.responsibleName())
                .setHeader(getTranslation("responsible.person"))
                .setKey("RESPONSIBLE")
                .setFlexGrow(1);
        Grid.Column<AgreementRow> flags = grid.addComponentColumn(row -> RedFlagTexts.badges(this, row.redFlags()))
                .setHeader(getTranslation("agreement.red-flags"))
                .setKey(RegisterSort.Column.RED_FLAGS.name())
                .setSortable(true)
                .setFlexGrow(2);
        grid.setItems(
                        query ->
                                agreements
                                        .findPage(
                                                filter(),
                                                sort(query.getSortOrders()),
                                                query.getOffset(),
                                                query.getLimit())
                                        .stream(),
                        query -> agreements.count(filter()))
                .setIdentifierProvider(AgreementRow::id);
        // On a phone: the processor and what is wrong with it (an unsigned agreement is a red flag of its own).
        ListColumns.phoneColumns(grid, List.of(processor, flags));
        grid.setEmptyStateText(getTranslation("register.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate(AgreementView.class, click.getItem().id())));
    }

    private static List<RegisterSort> sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new RegisterSort(
                        RegisterSort.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    private RegisterFilter filter() {
        return new RegisterFilter(
                search.getValue(),
                status.getValue(),
                dataFlow.country(),
                dataFlow.outsideEeaOnly(),
                dataFlow.flaggedOnly(),
                null,
                flag.getValue(),
                mine.getValue() ? CurrentUser.id() : null);
    }

    /** Opens filtered from a link, e.g. the start page's figures: {@code ?status=SIGNED}, {@code ?flag=US_WITHOUT_DPF}, {@code ?q=name}, {@code ?responsible=me}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("q").ifPresent(search::setValue);
        mine.setValue(CurrentUser.has(Permission.REGISTER_EDIT)
                && (MY_AGREEMENTS.equals(event.getLocation().getPath())
                        || query.getSingleParameter("responsible")
                                .filter("me"::equals)
                                .isPresent()));
        title.setText(getTranslation(mine.getValue() ? "nav.my-agreements" : "nav.register"));
        query.getSingleParameter("status")
                .flatMap(value -> parse(AgreementStatus.class, value))
                .ifPresent(status::setValue);
        flag.setValue(query.getSingleParameter("flag")
                .flatMap(value -> parse(RedFlagType.class, value))
                .orElse(null));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " | " + getTranslation("app.name");
    }
}
