package org.dpatracker.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files the vault accepts, decided by their content (Tika's magic-byte detector), never by their
 * name: PDF, PNG, JPEG, plain text, e-mail, OpenDocument text and spreadsheets, and Office Open XML
 * documents. The detector of tika-core sees only that a file is an Office Open XML package; the file name
 * may then refine it to a Word or Excel document, but never makes another file acceptable.
 */
final class ContentTypes {

    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();
    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "text/plain",
            "message/rfc822",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            OOXML.toString());
    private static final Set<String> OOXML_REFINED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private ContentTypes() {}

    /** The media type of the file's content, refined by its name only within Office Open XML. */
    static String detect(Path file, String fileName) throws IOException {
        MediaType byContent = detect(file, new Metadata());
        if (!byContent.equals(OOXML)) {
            return byContent.toString();
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType refined = detect(file, named);
        return OOXML_REFINED.contains(refined.toString()) ? refined.toString() : byContent.toString();
    }

    static boolean allowed(String mediaType) {
        return ALLOWED.contains(mediaType) || OOXML_REFINED.contains(mediaType);
    }

    private static MediaType detect(Path file, Metadata metadata) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return DETECTOR.detect(in, metadata).getBaseType();
        }
    }
}
