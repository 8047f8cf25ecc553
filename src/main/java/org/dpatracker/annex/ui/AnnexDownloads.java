package org.dpatracker.annex.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.annex.AnnexVersion;

/**
 * Download links for annexes. Each link is a handler registered for this user's session, not a
 * guessable address; the bytes come from the service, which checks the user's permission again.
 */
final class AnnexDownloads {

    private static final String PDF = "application/pdf";

    private AnnexDownloads() {}

    /** The current annex in the language, archived as a new version first if the facts changed. */
    static Anchor current(AnnexService annexes, long agreementId, String language, String text) {
        return pdf(() -> annexes.current(agreementId, language), annexes, text);
    }

    static Anchor archived(AnnexService annexes, AnnexVersion version, String text) {
        return pdf(() -> version, annexes, text);
    }

    private static Anchor pdf(Supplier<AnnexVersion> version, AnnexService annexes, String text) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    AnnexVersion resolved = version.get();
                    byte[] bytes = annexes.content(resolved);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), resolved.fileName(), PDF, bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
