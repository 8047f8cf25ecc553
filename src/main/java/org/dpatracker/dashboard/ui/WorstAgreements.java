package org.dpatracker.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.dashboard.ComplianceScore;
import org.dpatracker.dashboard.ScoredAgreement;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/**
 * The agreements with the lowest score and what would raise it most: as a step to take for those who edit the
 * register, as the gap found for those who only read it.
 */
class WorstAgreements extends Div {

    WorstAgreements(List<ScoredAgreement> worst) {
        setId("dashboard-worst");
        addClassName("dashboard-tile");
        add(new H3(getTranslation("dashboard.worst", worst.size())));
        String texts = CurrentUser.has(Permission.REGISTER_EDIT) ? "dashboard.step." : "dashboard.gap.";
        OrderedList list = new OrderedList();
        for (ScoredAgreement agreement : worst) {
            ComplianceScore.Step step = agreement.nextStep();
            Badge score = new Badge(String.valueOf(agreement.score()), tone(agreement.score()));
            Span next = new Span(getTranslation(texts + step.name()));
            next.addClassName("dashboard-next-step");
            Span controller = new Span(" " + getTranslation("dashboard.worst.for", agreement.controllerName()));
            controller.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            ListItem item = new ListItem(
                    score,
                    new Span(" "),
                    new Anchor("agreement/" + agreement.id(), agreement.processorName()),
                    controller,
                    next);
            item.getElement().setAttribute("data-agreement", String.valueOf(agreement.id()));
            list.add(item);
        }
        add(worst.isEmpty() ? new Paragraph(getTranslation("dashboard.worst.none")) : list);
    }

    private static Badge.Tone tone(int score) {
        if (score < 50) {
            return Badge.Tone.ERROR;
        }
        return score < 80 ? Badge.Tone.WARNING : Badge.Tone.SUCCESS;
    }
}
