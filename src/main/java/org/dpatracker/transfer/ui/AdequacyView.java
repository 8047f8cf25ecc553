package org.dpatracker.transfer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.AdequacyService;
import org.dpatracker.transfer.Countries;

/** Administrators keep the list of adequacy decisions current; the red flags follow it. */
@Route("adequacy")
@Menu(order = 85, icon = "vaadin:scale", title = "nav.adequacy")
@RolesAllowed(Permission.Names.CATALOGUES_MANAGE)
public class AdequacyView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdequacyService adequacy;
    private final Grid<AdequacyDecision> grid = new Grid<>();

    AdequacyView(AdequacyService adequacy) {
        this.adequacy = adequacy;
        setSizeFull();
        grid.addColumn(d -> Countries.name(d.country(), UI.getCurrent().getLocale()) + " (" + d.country() + ")")
                .setHeader(getTranslation("location.country"))
                .setAutoWidth(true);
        grid.addColumn(AdequacyDecision::decision)
                .setHeader(getTranslation("adequacy.decision"))
                .setFlexGrow(2)
                .setTooltipGenerator(AdequacyDecision::decision)
                .setResizable(true);
        grid.addColumn(d -> ClientTime.date(d.decidedOn()))
                .setHeader(getTranslation("adequacy.decided-on"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("adequacy.scope." + d.scope().name())
                        + (d.scopeLimits() == null ? "" : " – " + d.scopeLimits()))
                .setHeader(getTranslation("adequacy.scope"))
                .setFlexGrow(2)
                .setResizable(true)
                .setTooltipGenerator(
                        d -> getTranslation("adequacy.scope." + d.scope().name())
                                + (d.scopeLimits() == null ? "" : " – " + d.scopeLimits()));
        grid.addColumn(d -> ClientTime.date(d.validUntil()))
                .setHeader(getTranslation("adequacy.valid-until"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::verification)
                .setHeader(getTranslation("adequacy.verified-on"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> edit(click.getItem(), false));
        Button add = new Button(
                getTranslation("adequacy.new"),
                VaadinIcon.PLUS.create(),
                click -> edit(new AdequacyDecision("", "", null, null, null, null, adequacy.today(), 0), true));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.adequacy")), new Paragraph(getTranslation("adequacy.intro")), add, grid);
        expand(grid);
        refresh();
    }

    private void edit(AdequacyDecision decision, boolean isNew) {
        new AdequacyDialog(adequacy, decision, isNew, this::refresh).open();
    }

    /** The date of the last check, marked when it is more than twelve months old. */
    private Component verification(AdequacyDecision decision) {
        if (!decision.verificationStale(adequacy.today())) {
            return new Span(ClientTime.date(decision.verifiedOn()));
        }
        return new Badge(
                getTranslation("adequacy.verify-again", ClientTime.date(decision.verifiedOn())), Badge.Tone.WARNING);
    }

    private void refresh() {
        grid.setItems(adequacy.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.adequacy") + " | " + getTranslation("app.name");
    }
}
