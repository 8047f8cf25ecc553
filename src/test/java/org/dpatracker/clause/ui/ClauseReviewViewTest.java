package org.dpatracker.clause.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import org.dpatracker.clause.ClauseCheckService;
import org.dpatracker.clause.ClauseTarget;
import org.dpatracker.clause.Corpus;
import org.dpatracker.clause.StoredFinding;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO checks a signed DPA from the agreement page, accepts a finding and sees the checklist filled with its page. */
@H2Test
class ClauseReviewViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DocumentService documents;

    @Autowired
    ClauseCheckService clauses;

    @Test
    @SuppressWarnings("unchecked")
    void theDpoAcceptsAFindingAndTheChecklistShowsItWithItsPage() {
        long agreement = SystemAccess.call(() ->
                        AgreementBuilder.agreement(agreements, organisations).save())
                .id();
        Document dpa = SystemAccess.call(() -> documents.upload(
                DocumentOwner.agreement(agreement),
                new DocumentDraft(DocumentKind.SIGNED_DPA, "Ubimax DPA", null, null),
                "ubimax.pdf",
                new ByteArrayInputStream(Corpus.pdf("ubimax-dpa.txt"))));
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement);

        _click(_get(Button.class, spec -> spec.withId("clause-check-" + dpa.id())));

        assertThat(_get(Paragraph.class, spec -> spec.withId("clause-coverage")).getText())
                .isEqualTo("Art. 28(3) points found: 8 of 8");
        StoredFinding instructions = finding(dpa, ClauseTarget.INSTRUCTIONS);
        Div card = _get(Div.class, spec -> spec.withId("clause-finding-" + instructions.id()));
        _click(_find(card, Button.class).stream()
                .filter(b -> b.getText().equals("Page 3"))
                .findFirst()
                .orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("clause-highlight")).getText())
                .startsWith("(1) The Licensor shall only process data");
        _click(_get(Button.class, spec -> spec.withId("clause-accept-" + instructions.id())));
        assertThat(_get(Div.class, spec -> spec.withId("clause-finding-" + instructions.id()))
                        .getElement()
                        .getText())
                .isEmpty();
        assertThat(_find(_get(Div.class, spec -> spec.withId("clause-finding-" + instructions.id())), Paragraph.class))
                .anySatisfy(p -> assertThat(p.getText()).contains("the checklist point is marked present"));

        StoredFinding objection = finding(dpa, ClauseTarget.OBJECTION_DAYS);
        TextField days = _get(TextField.class, spec -> spec.withId("clause-value-" + objection.id()));
        days.setValue("two weeks");
        _click(_get(Button.class, spec -> spec.withId("clause-accept-" + objection.id())));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Enter a whole number of days from 0 to 3650.");

        UI.getCurrent().navigate(AgreementView.class, agreement);
        Select<PointStatus> status = _get(Select.class, spec -> spec.withId("contract-status-INSTRUCTIONS"));
        TextField clause = _get(TextField.class, spec -> spec.withId("contract-clause-INSTRUCTIONS"));
        assertThat(status.getValue()).isEqualTo(PointStatus.PRESENT);
        assertThat(clause.getValue()).isEqualTo("Ubimax DPA, p. 3 (document " + dpa.id() + ", v1)");
    }

    private StoredFinding finding(Document dpa, ClauseTarget target) {
        return clauses.findings(dpa.id()).stream()
                .filter(f -> f.target() == target)
                .findFirst()
                .orElseThrow();
    }
}
