package org.dpatracker.clause;

import java.io.IOException;
import java.io.InputStream;
import org.dpatracker.core.InvalidInputException;

/**
 * Reads the text of a document page by page, chosen by the media type detected from its content (never its
 * name): PDF through its text layer, Word (Office Open XML) documents, and UTF-8 plain text. A file it cannot
 * read is refused with a message key; nothing is half read.
 */
public final class TextExtractor {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private TextExtractor() {}

    public static ExtractedText extract(String mediaType, InputStream content) {
        try {
            byte[] bytes = content.readAllBytes();
            return switch (mediaType) {
                case "application/pdf" -> PdfText.pages(bytes);
                case DOCX -> WordText.pages(bytes);
                case "text/plain" -> PlainText.pages(bytes);
                default -> throw new InvalidInputException("document", "clause.type-unsupported", mediaType);
            };
        } catch (IOException e) {
            throw new InvalidInputException("document", "clause.unreadable");
        }
    }
}
