package org.dpatracker.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.FileSizes;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** The documents of one owner: every present version, with upload, new version, download and removal. */
class DocumentsPanel extends Div {

    DocumentsPanel(DocumentService documents, DocumentOwner owner, Runnable refresh) {
        setId("documents");
        setWidthFull();
        add(new H3(getTranslation("vault.section")), new Paragraph(getTranslation("vault.intro")));
        boolean editor = CurrentUser.has(Permission.REGISTER_EDIT);
        if (editor) {
            Button upload = new Button(
                    getTranslation("vault.upload"),
                    VaadinIcon.UPLOAD.create(),
                    click -> new DocumentDialog(documents, owner, null, saved -> refresh.run()).open());
            upload.setId("document-upload");
            add(upload);
        }
        List<Document> listed = documents.ofOwner(owner);
        if (listed.isEmpty()) {
            add(new Paragraph(getTranslation("vault.none")));
            return;
        }
        Grid<Document> grid = new Grid<>();
        grid.setId("document-list");
        grid.addColumn(d -> getTranslation("vault.kind." + d.kind().name()))
                .setHeader(getTranslation("vault.kind"))
                .setAutoWidth(true);
        grid.addColumn(Document::title).setHeader(getTranslation("vault.title")).setFlexGrow(2);
        grid.addColumn(d -> ClientTime.date(d.documentDate()))
                .setHeader(getTranslation("vault.date"))
                .setAutoWidth(true);
        grid.addColumn(d -> ClientTime.date(d.validUntil()))
                .setHeader(getTranslation("vault.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(Document::version)
                .setHeader(getTranslation("vault.version"))
                .setAutoWidth(true);
        grid.addColumn(d -> FileSizes.format(d.byteSize(), getLocale()))
                .setHeader(getTranslation("vault.size"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.uploadedBy() + ", " + ClientTime.format(d.uploadedAt()))
                .setHeader(getTranslation("vault.uploaded-at"))
                .setFlexGrow(1);
        grid.addComponentColumn(DocumentsPanel::hash)
                .setHeader(getTranslation("vault.sha256"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> new DocumentActions(documents, d, refresh))
                .setKey("actions")
                .setFrozenToEnd(true)
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(listed);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** The start of the hash, with the whole of it on hover and for copying. */
    private static Span hash(Document document) {
        Span hash = new Span(document.shortHash() + "…");
        hash.setTitle(document.sha256());
        hash.getElement().setAttribute("data-sha256", document.sha256());
        return hash;
    }
}
