package org.dpatracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.dpatracker.core.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a document's stored bytes against the SHA-256 taken on upload before handing them out (one pass
 * through the store, a buffer at a time), and again while they are read.
 */
final class DocumentIntegrity {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentIntegrity.class);

    private final DocumentStore store;

    DocumentIntegrity(DocumentStore store) {
        this.store = store;
    }

    InputStream open(Document document) {
        try {
            String actual = hashOf(document.sha256());
            if (!actual.equals(document.sha256())) {
                DocumentDamagedException damaged =
                        new DocumentDamagedException(document.id(), document.sha256(), actual);
                LOG.error(damaged.getMessage());
                throw damaged;
            }
            return new VerifiedStream(store.open(document.sha256()), document.id(), document.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + document.id() + " could not be read", e);
        }
    }

    private String hashOf(String sha256) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = store.open(sha256)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
