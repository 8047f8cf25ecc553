package org.dpatracker.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractCompleteness;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** Every Art. 28(3) point with its status, the clause and a short quote, and the completeness figure. */
class ContractChecklistPanel extends Div {

    ContractChecklistPanel(ContractCheckService checks, long agreementId, Runnable refresh) {
        setId("contract-checklist");
        setWidthFull();
        List<ContractCheck> points = checks.ofAgreement(agreementId);
        ContractCompleteness completeness = ContractCompleteness.of(points);
        Paragraph figure = new Paragraph(getTranslation(
                "contract.completeness",
                completeness.present(),
                completeness.total(),
                completeness.partial(),
                completeness.missing(),
                completeness.open(),
                completeness.percent()));
        figure.setId("contract-completeness");
        add(new H3(getTranslation("contract.title")), figure);
        Grid<ContractCheck> grid = new Grid<>();
        grid.addColumn(c -> c.point().citation())
                .setHeader(getTranslation("contract.citation"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("contract.point." + c.point().name()))
                .setHeader(getTranslation("contract.point"))
                .setFlexGrow(2);
        grid.addComponentColumn(c ->
                        new Badge(getTranslation("contract.status." + c.status().name()), tone(c.status())))
                .setHeader(getTranslation("contract.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(ContractChecklistPanel::where)
                .setHeader(getTranslation("contract.where"))
                .setFlexGrow(3);
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            grid.addComponentColumn(c -> {
                        Button edit = new Button(
                                VaadinIcon.EDIT.create(), click -> new ContractCheckDialog(checks, c, refresh).open());
                        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        edit.setAriaLabel(
                                getTranslation("action.edit-named", c.point().citation()));
                        edit.setTooltipText(
                                getTranslation("action.edit-named", c.point().citation()));
                        edit.addClassName("contract-edit-" + c.point().name());
                        return edit;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        add(grid);
    }

    private static Component where(ContractCheck check) {
        Div where = new Div();
        if (check.clauseReference() != null) {
            where.add(new Span(check.clauseReference()));
        }
        if (check.quote() != null) {
            Div quote = new Div("“" + check.quote() + "”");
            quote.addClassName("quote");
            where.add(quote);
        }
        return where;
    }

    private static Badge.Tone tone(PointStatus status) {
        return switch (status) {
            case PRESENT -> Badge.Tone.SUCCESS;
            case PARTIAL -> Badge.Tone.WARNING;
            case MISSING -> Badge.Tone.ERROR;
            case OPEN -> Badge.Tone.NEUTRAL;
        };
    }
}
