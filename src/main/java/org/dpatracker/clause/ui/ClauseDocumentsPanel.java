package org.dpatracker.clause.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Comparator;
import java.util.List;
import org.dpatracker.clause.ClauseCheckService;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;

/** The agreement's documents with a "Check clauses" button each, signed DPAs first. */
class ClauseDocumentsPanel extends Div {

    ClauseDocumentsPanel(DocumentService documents, ClauseCheckService clauses, long agreementId) {
        setId("clause-check");
        setWidthFull();
        add(new H3(getTranslation("clause.title")), new Paragraph(getTranslation("clause.intro", clauses.rulePack())));
        List<Document> listed = documents.ofOwner(DocumentOwner.agreement(agreementId)).stream()
                .sorted(Comparator.comparing((Document d) -> d.kind() != DocumentKind.SIGNED_DPA))
                .toList();
        if (listed.isEmpty()) {
            add(new Paragraph(getTranslation("clause.no-documents")));
        }
        for (Document document : listed) {
            Button check = new Button(getTranslation("clause.check"), VaadinIcon.SEARCH.create(), click -> {
                if (Notifications.attempt(this, () -> clauses.check(document.id()), "clause.checked")
                        .isPresent()) {
                    getUI().ifPresent(ui -> ui.navigate(ClauseReviewView.route(agreementId, document.id())));
                }
            });
            check.setId("clause-check-" + document.id());
            check.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(
                    new Badge(getTranslation("vault.kind." + document.kind().name()), Badge.Tone.NEUTRAL),
                    new Span(document.title() + " (v" + document.version() + ")"),
                    check);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
    }
}
