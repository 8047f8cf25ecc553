package org.dpatracker.evidence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.TestFiles;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The documents section offers each user what their role allows: upload for the DPO, download for auditors. */
@H2Test
class DocumentsPanelTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DocumentService documents;

    @Test
    void theDpoUploadsAndRemovesTheAuditorDownloadsTheManagerOnlyReads() {
        long agreement = SystemAccess.call(() ->
                        AgreementBuilder.agreement(agreements, organisations).save())
                .id();
        Document stored = SystemAccess.call(() -> documents.upload(
                DocumentOwner.agreement(agreement),
                new DocumentDraft(DocumentKind.TIA, "Transfer impact assessment US", null, null),
                "tia.pdf",
                new ByteArrayInputStream(TestFiles.pdf("TIA " + System.nanoTime()))));

        open("dpo", agreement);
        assertThat(buttons()).contains("Upload document", "New version", "Remove");
        assertThat(downloads()).hasSize(1);

        open("auditor", agreement);
        assertThat(buttons()).doesNotContain("Upload document", "New version", "Remove");
        assertThat(downloads())
                .singleElement()
                .satisfies(link -> assertThat(link.getId()).hasValue("document-download-" + stored.id()));

        open("manager", agreement);
        assertThat(buttons()).doesNotContain("Upload document", "New version", "Remove");
        assertThat(downloads()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Document> grid = _get(Grid.class, spec -> spec.withId("document-list"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Transfer impact assessment US");
    }

    private void open(String user, long agreement) {
        logout();
        login(user);
        UI.getCurrent().navigate(AgreementView.class, agreement);
    }

    /** The section's buttons and those of the first row's actions. */
    private List<String> buttons() {
        java.util.stream.Stream<Button> above =
                _find(_get(Div.class, spec -> spec.withId("documents")), Button.class).stream()
                        .filter(button -> button.getParent()
                                .filter(Grid.class::isInstance)
                                .isEmpty());
        java.util.stream.Stream<Button> inRow = _find(actions(), Button.class).stream();
        return java.util.stream.Stream.concat(above, inRow).map(Button::getText).toList();
    }

    private List<Anchor> downloads() {
        return _find(actions(), Anchor.class);
    }

    @SuppressWarnings("unchecked")
    private Component actions() {
        Grid<Document> grid = _get(Grid.class, spec -> spec.withId("document-list"));
        return GridKt._getCellComponent(grid, 0, "actions");
    }
}
