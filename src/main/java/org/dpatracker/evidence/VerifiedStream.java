package org.dpatracker.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.dpatracker.core.Sha256;

/**
 * Passes a document's bytes through while computing their SHA-256; at the end it fails the read if the
 * hash is not the one taken on upload, so that changed bytes are never delivered as complete.
 */
final class VerifiedStream extends FilterInputStream {

    private final MessageDigest digest = Sha256.digest();
    private final long documentId;
    private final String expected;
    private boolean checked;

    VerifiedStream(InputStream in, long documentId, String expected) {
        super(in);
        this.documentId = documentId;
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        int count = super.read(target, offset, length);
        if (count > 0) {
            digest.update(target, offset, count);
        } else if (count < 0 && !checked) {
            checked = true;
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(expected)) {
                throw new IOException(new DocumentDamagedException(documentId, expected, actual));
            }
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("A verified stream is read from start to end");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
