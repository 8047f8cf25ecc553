package org.dpatracker.annex.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a document embeds: Liberation Sans (shipped inside PDFBox; Latin, Greek, Cyrillic) and,
 * where the machine has one, a fallback for scripts it lacks (Chinese, Japanese, Korean). The font
 * files are read once; each document parses and subsets its own copy, with glyph substitution off
 * because the text is Latin-first and PDFBox's GSUB handling costs more than the rest of the page.
 */
public final class FontSet {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final List<Path> FALLBACK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    private final byte[] primary;
    private final byte[] fallback;

    private FontSet(byte[] primary, byte[] fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    /** Liberation Sans plus the first fallback font found: the configured path, then common system locations. */
    public static FontSet load(String configuredFallback) {
        try (InputStream in = FontSet.class.getResourceAsStream(LIBERATION)) {
            if (in == null) {
                throw new IllegalStateException("Liberation Sans is missing from the PDFBox jar");
            }
            byte[] liberation = in.readAllBytes();
            Optional<Path> fallback = (configuredFallback == null || configuredFallback.isBlank()
                    ? FALLBACK_CANDIDATES.stream() : java.util.stream.Stream.of(Path.of(configuredFallback)))
                    .filter(path -> path.toString().endsWith(".ttf") && Files.isReadable(path)).findFirst();
            return new FontSet(liberation, fallback.isPresent() ? Files.readAllBytes(fallback.get()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasFallback() {
        return fallback != null;
    }

    Embedded embedPrimary(PDDocument document) throws IOException {
        return embed(document, primary);
    }

    Embedded embedFallback(PDDocument document) throws IOException {
        return fallback == null ? null : embed(document, fallback);
    }

    private static Embedded embed(PDDocument document, byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return new Embedded(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
    }

    /** A font embedded in one document, and how to ask it whether it has a character. */
    record Embedded(PDType0Font font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }
}
