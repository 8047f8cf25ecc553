package org.dpatracker.processor.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationDialog;
import org.dpatracker.processor.OrganisationUse;
import org.dpatracker.processor.OrganisationUseService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.Countries;

/**
 * Every organisation of the register, sub-processors included, with the agreements it appears in; searched
 * by name, city or country and narrowed to a role. Who may edit the register opens one to edit it.
 */
@Route("organisations")
@Menu(order = 12, icon = "vaadin:building", title = "nav.organisations")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient OrganisationService organisations;
    private final transient OrganisationUseService uses;
    private final Grid<Organisation> grid = new Grid<>();
    private final SearchField search = new SearchField(this::show);
    private final Select<OrganisationUse.Role> role = new Select<>();
    private transient List<Organisation> all = List.of();
    private transient Map<Long, List<OrganisationUse>> usesById = Map.of();

    OrganisationsView(OrganisationService organisations, OrganisationUseService uses) {
        this.organisations = organisations;
        this.uses = uses;
        setSizeFull();
        role.setLabel(getTranslation("organisations.role"));
        role.setItems(Arrays.asList(OrganisationUse.Role.values()));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("organisations.any-role"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("organisations.any-role") : label(r));
        role.setId("organisations-role");
        role.addValueChangeListener(change -> show());
        search.setId("organisations-search");
        HorizontalLayout filters = new HorizontalLayout(search, role);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        grid.setId("organisations");
        grid.addColumn(Organisation::name)
                .setHeader(getTranslation("organisations.name"))
                .setFlexGrow(2);
        grid.addColumn(o -> Countries.name(o.country(), getLocale()))
                .setHeader(getTranslation("organisations.country"));
        grid.addColumn(this::appearsIn)
                .setHeader(getTranslation("organisations.agreements"))
                .setFlexGrow(3);
        grid.addThemeName("wrap-cell-content");
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            grid.addItemClickListener(
                    click -> new OrganisationDialog(organisations, click.getItem(), saved -> reload()).open());
        }
        add(new H2(getTranslation("nav.organisations")), filters, grid);
        reload();
    }

    private void reload() {
        all = organisations.findAll(null);
        usesById = uses.byOrganisation();
        show();
    }

    private void show() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<Organisation> shown = new ArrayList<>();
        for (Organisation o : all) {
            List<OrganisationUse> of = usesById.getOrDefault(o.id(), List.of());
            boolean roleMatches = role.getValue() == null || of.stream().anyMatch(use -> use.role() == role.getValue());
            if (roleMatches && (text.isEmpty() || matches(o, text))) {
                shown.add(o);
            }
        }
        grid.setItems(shown);
    }

    private boolean matches(Organisation o, String text) {
        return o.name().toLowerCase(Locale.ROOT).contains(text)
                || (o.city() != null && o.city().toLowerCase(Locale.ROOT).contains(text))
                || (o.country() != null
                        && (o.country().equalsIgnoreCase(text)
                                || Countries.name(o.country(), getLocale())
                                        .toLowerCase(Locale.ROOT)
                                        .startsWith(text)));
    }

    private String appearsIn(Organisation o) {
        return usesById.getOrDefault(o.id(), List.of()).stream()
                .map(use -> label(use.role()) + ": " + use.processorName())
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private String label(OrganisationUse.Role r) {
        return getTranslation("organisations.role." + r.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations") + " | " + getTranslation("app.name");
    }
}
