package org.dpatracker.clause.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dpatracker.clause.ClauseCheckService;
import org.dpatracker.clause.Coverage;
import org.dpatracker.clause.ExtractedText;
import org.dpatracker.clause.StoredFinding;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.evidence.Document;
import org.dpatracker.security.Permission;

/**
 * The review of one document's findings: the coverage of Art. 28(3), every finding with its quote and an
 * accept / reject each, and beside them the page text with the quoted sentence highlighted.
 */
@Route("agreements/:agreementId([0-9]{1,18})/clauses/:documentId([0-9]{1,18})")
@RolesAllowed(Permission.Names.REGISTER_EDIT)
public class ClauseReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ClauseCheckService clauses;
    private String title = "";

    ClauseReviewView(ClauseCheckService clauses) {
        this.clauses = clauses;
        addClassName("clause-review-view");
    }

    public static String route(long agreementId, long documentId) {
        return "agreements/" + agreementId + "/clauses/" + documentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long agreementId = parameter(event, "agreementId");
        long documentId = parameter(event, "documentId");
        Document document;
        try {
            document = clauses.document(documentId);
        } catch (InvalidInputException unknown) {
            throw new NotFoundException();
        }
        if (document.ownerId() != agreementId) {
            throw new NotFoundException();
        }
        show(agreementId, document);
    }

    private void show(long agreementId, Document document) {
        removeAll();
        title = getTranslation("clause.review-title", document.title());
        List<StoredFinding> findings = clauses.findings(document.id());
        ExtractedText text = clauses.pages(document.id());
        add(new Anchor("agreement/" + agreementId, getTranslation("clause.back")), new H2(title));
        add(new Paragraph(getTranslation("clause.pack", clauses.rulePack())));
        if (text.pagesEstimated()) {
            add(new Paragraph(getTranslation("clause.pages-estimated")));
        }
        add(new CoverageSummary(Coverage.of(findings.stream()
                .filter(f -> f.status() != org.dpatracker.clause.FindingStatus.REJECTED)
                .map(StoredFinding::finding)
                .toList())));
        PageViewer viewer = new PageViewer(text);
        Div list = new Div();
        list.setId("clause-findings");
        list.addClassNames(LumoUtility.Flex.ONE);
        list.setMinWidth("18rem");
        if (findings.isEmpty()) {
            list.add(new Paragraph(getTranslation("clause.none")));
        }
        for (StoredFinding finding : findings) {
            list.add(new FindingCard(clauses, finding, viewer::show, () -> show(agreementId, document)));
        }
        if (!findings.isEmpty()) {
            viewer.open(findings.getFirst().page(), findings.getFirst().quote());
        }
        FlexLayout split = new FlexLayout(list, viewer);
        split.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        split.addClassNames(LumoUtility.Gap.MEDIUM);
        split.setWidthFull();
        add(split);
    }

    private static long parameter(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().getLong(name).orElseThrow(NotFoundException::new);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
