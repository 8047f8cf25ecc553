package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** The breach register (Art. 33(5) GDPR): every breach, notified or not, with its 72-hour clock. */
@Route("breaches")
@Menu(order = 22, icon = "vaadin:warning", title = "nav.breaches")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class BreachesView extends VerticalLayout implements HasDynamicTitle {

    private final transient BreachService breaches;
    private final Grid<Breach> grid = new Grid<>();

    BreachesView(BreachService breaches, AgreementService agreements) {
        this.breaches = breaches;
        setSizeFull();
        add(new H2(getTranslation("nav.breaches")), new Paragraph(getTranslation("breach.intro")));
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button record = new Button(
                    getTranslation("breach.record"),
                    VaadinIcon.PLUS.create(),
                    click -> new BreachDialog(
                                    breaches,
                                    agreements,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate(BreachView.class, saved.id())))
                            .open());
            record.setId("breach-record");
            add(record);
        }
        grid.setId("breaches-grid");
        grid.addColumn(b -> ClientTime.format(b.awareAt()))
                .setHeader(getTranslation("breach.aware-at"))
                .setAutoWidth(true);
        grid.addColumn(Breach::nature)
                .setHeader(getTranslation("breach.nature"))
                .setFlexGrow(3);
        grid.addColumn(b -> b.agreementId() == null ? "" : breaches.processorName(b.agreementId()))
                .setHeader(getTranslation("agreement.processor"))
                .setAutoWidth(true);
        grid.addColumn(b -> BreachTexts.risk(this, b))
                .setHeader(getTranslation("breach.risk"))
                .setAutoWidth(true);
        Instant now = breaches.now();
        grid.addComponentColumn(b -> BreachTexts.authorityState(this, b, now))
                .setHeader(getTranslation("breach.authority-state"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.closedOn() == null ? "breach.open" : "breach.closed"))
                .setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate(BreachView.class, click.getItem().id())));
        grid.setItems(breaches.findAll());
        grid.addThemeName("wrap-cell-content");
        add(grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.breaches") + " | " + getTranslation("app.name");
    }
}
