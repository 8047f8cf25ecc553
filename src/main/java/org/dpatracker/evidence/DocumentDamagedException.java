package org.dpatracker.evidence;

/** The stored bytes of a document no longer match the SHA-256 taken on upload: they are not handed out. */
public class DocumentDamagedException extends RuntimeException {

    private final long documentId;

    public DocumentDamagedException(long documentId, String expected, String actual) {
        super("Document " + documentId + " failed its integrity check: its stored content has SHA-256 " + actual
                + " instead of " + expected + ". It was not delivered.");
        this.documentId = documentId;
    }

    public long documentId() {
        return documentId;
    }
}
