package org.dpatracker.core.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A download link whose content is made when the user clicks it. The link is a handler registered
 * for the user's session, not a guessable address; the supplier runs with the user's rights.
 */
public final class Downloads {

    private Downloads() {}

    public static Anchor anchor(String text, String fileName, String mediaType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
