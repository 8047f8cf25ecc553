package org.dpatracker.clause.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.clause.ClauseCategory;
import org.dpatracker.clause.ClauseCheckService;
import org.dpatracker.clause.FindingStatus;
import org.dpatracker.clause.StoredFinding;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.FormMessage;

/**
 * One finding: what it fills, its value (editable while proposed), the quoted sentence and its page, and
 * accept or reject; once decided, who decided and what was filled in.
 */
class FindingCard extends Div {

    FindingCard(
            ClauseCheckService clauses, StoredFinding finding, BiConsumer<Integer, String> showPage, Runnable refresh) {
        setId("clause-finding-" + finding.id());
        addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Border.BOTTOM);
        Span what = new Span(getTranslation("clause.target." + finding.target().name()) + " · "
                + finding.target().citation(getLocale()));
        what.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Button page = new Button(
                getTranslation("clause.page", finding.page()),
                click -> showPage.accept(finding.page(), finding.quote()));
        page.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        page.addClassName("clause-page-link");
        HorizontalLayout header = new HorizontalLayout(what, status(finding), page);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Div quote = new Div("“" + finding.quote() + "”");
        quote.addClassName("quote");
        add(header, quote);
        String invalid = clauses.invalidBecause(finding.ruleId());
        if (invalid != null) {
            Paragraph reason = new Paragraph(getTranslation("clause.invalid." + finding.ruleId()));
            reason.addClassNames("clause-invalid", LumoUtility.TextColor.ERROR);
            add(reason);
        }
        if (finding.isProposed()) {
            FormMessage message = new FormMessage();
            add(message, decision(clauses, finding, refresh, message));
        } else if (finding.status() == FindingStatus.ACCEPTED) {
            boolean point = finding.target().category() == ClauseCategory.ART28_POINTS;
            add(new Paragraph(getTranslation(
                    finding.appliedTo() == null
                            ? "clause.accepted-noted"
                            : point ? "clause.accepted-point" : "clause.accepted-filled",
                    finding.appliedValue(),
                    finding.decidedBy())));
        }
    }

    private HorizontalLayout decision(
            ClauseCheckService clauses, StoredFinding finding, Runnable refresh, FormMessage message) {
        TextField value = new TextField(getTranslation("clause.value"));
        value.setValue(finding.value());
        value.setId("clause-value-" + finding.id());
        // A checklist point has nothing to edit: accepting marks it present with the quote.
        value.setVisible(finding.target().category() != ClauseCategory.ART28_POINTS);
        Button accept = new Button(getTranslation("clause.accept"), click -> {
            message.attempt(
                            () -> {
                                clauses.accept(finding.id(), finding.version(), value.getValue());
                                return finding;
                            },
                            Map.of("value", value),
                            "clause.accepted")
                    .ifPresent(done -> refresh.run());
        });
        accept.setId("clause-accept-" + finding.id());
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reject = new Button(getTranslation("clause.reject"), click -> {
            message.attempt(
                            () -> {
                                clauses.reject(finding.id(), finding.version());
                                return finding;
                            },
                            Map.of(),
                            "clause.rejected")
                    .ifPresent(done -> refresh.run());
        });
        reject.setId("clause-reject-" + finding.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(value, accept, reject);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Badge status(StoredFinding finding) {
        Badge.Tone tone = switch (finding.status()) {
            case PROPOSED -> Badge.Tone.NEUTRAL;
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case REJECTED -> Badge.Tone.CONTRAST;
        };
        return new Badge(getTranslation("clause.status." + finding.status().name()), tone);
    }
}
