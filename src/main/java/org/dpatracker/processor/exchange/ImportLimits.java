package org.dpatracker.processor.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an import file may be: at most {@link #MAX_FILE_BYTES}, and an XLSX (a ZIP archive) that expands to at most
 * {@link #MAX_EXPANDED_BYTES}, counted while inflating, not from the sizes the archive claims. A file crafted to
 * expand to gigabytes is refused after reading that much, before a parser holds any of it.
 */
public final class ImportLimits {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

    private ImportLimits() {}

    /** The file's bytes, read up to the limit; refused beyond it. */
    public static byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            throw refused("import.too-large", MAX_FILE_BYTES / (1024 * 1024));
        }
        return content;
    }

    /** The archive, when it expands to no more than the limit. */
    public static InputStream checkedArchive(byte[] content) throws IOException {
        // The central directory lists every entry (a local header may claim size 0); inflating counts the truth.
        Path file = Files.createTempFile("import", ".xlsx");
        try {
            Files.write(file, content);
            long expanded = 0;
            byte[] buffer = new byte[64 * 1024];
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            expanded += n;
                            if (expanded > MAX_EXPANDED_BYTES) {
                                throw refused("import.expands-too-much", MAX_EXPANDED_BYTES / (1024 * 1024));
                            }
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return new ByteArrayInputStream(content);
    }

    private static ImportRefusedException refused(String key, Object argument) {
        return new ImportRefusedException(List.of(new ImportProblem("", "", key, List.of(argument))));
    }
}
