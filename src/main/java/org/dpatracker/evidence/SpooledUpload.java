package org.dpatracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Sha256;

/**
 * An upload copied to a temporary file while its SHA-256 and size are computed, a buffer at a time; the
 * copy stops as soon as the size limit is passed, so an oversized file is neither read to the end nor
 * held in memory. Closing deletes the file.
 */
final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final long size;
    private final String sha256;

    private SpooledUpload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    static SpooledUpload of(InputStream content, long maxBytes) throws IOException {
        Path file = Files.createTempFile("dpa-upload-", ".bin");
        try {
            MessageDigest digest = Sha256.digest();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                int read;
                while ((read = content.read(buffer)) >= 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw new InvalidInputException(
                                "file", "vault.too-large", FileSizes.format(maxBytes, java.util.Locale.ENGLISH));
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
