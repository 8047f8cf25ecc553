package org.dpatracker.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentContent;
import org.dpatracker.evidence.DocumentDamagedException;
import org.dpatracker.evidence.DocumentService;

/**
 * A download link for one version: a handler registered for this user's session, not a guessable address.
 * The service checks the user's permission and the SHA-256 again when the link is followed, and the bytes
 * are streamed from the store.
 */
final class DocumentDownloads {

    private DocumentDownloads() {}

    static Anchor anchor(DocumentService documents, Document document, String text) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        DocumentContent content = documents.open(document.id());
                        return new DownloadResponse(
                                content.stream(), document.fileName(), document.mediaType(), document.byteSize());
                    } catch (DocumentDamagedException damaged) {
                        return DownloadResponse.error(409, damaged.getMessage());
                    }
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        anchor.setId("document-download-" + document.id());
        return anchor;
    }
}
