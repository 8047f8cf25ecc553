package org.dpatracker.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.ui.Badge;

/** The Art. 28(3) points for reading: status, the clause and a short quote. */
class ContractChecklistTable extends Grid<ContractCheck> {

    ContractChecklistTable(List<ContractCheck> points) {
        Grid<ContractCheck> grid = this;
        grid.addColumn(c -> c.point().citation(getLocale()))
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
        grid.addComponentColumn(ContractChecklistTable::where)
                .setHeader(getTranslation("contract.where"))
                .setFlexGrow(3);
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
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
