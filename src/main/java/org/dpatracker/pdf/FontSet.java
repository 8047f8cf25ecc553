package org.dpatracker.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a document embeds: Liberation Sans (shipped inside PDFBox; Latin, Greek, Cyrillic) and,
 * where the machine has one, a fallback for scripts it lacks (Chinese, Japanese, Korean). Font files
 * and the advance width of every character they cover are read once; each document embeds a subset
 * of its own, the fallback only when its text needs it. Glyph substitution is off: the text is set
 * glyph by glyph, and PDFBox's GSUB handling would cost more than the rest of the page.
 */
public final class FontSet {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final List<Path> FALLBACK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    private final Face primary;
    private final Face fallback;

    private FontSet(Face primary, Face fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    /** Liberation Sans plus the first fallback font found: the configured path, then common system locations. */
    public static FontSet load(String configuredFallback) {
        try (InputStream in = FontSet.class.getResourceAsStream(LIBERATION)) {
            if (in == null) {
                throw new IllegalStateException("Liberation Sans is missing from the PDFBox jar");
            }
            Optional<Path> fallback = (configuredFallback == null || configuredFallback.isBlank()
                            ? FALLBACK_CANDIDATES.stream()
                            : Stream.of(Path.of(configuredFallback)))
                    .filter(path -> path.toString().endsWith(".ttf") && Files.isReadable(path))
                    .findFirst();
            return new FontSet(
                    Face.of(in.readAllBytes()),
                    fallback.isPresent() ? Face.of(Files.readAllBytes(fallback.get())) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasFallback() {
        return fallback != null;
    }

    Face primary() {
        return primary;
    }

    /** The fallback face, or null when the machine has none. */
    Face fallback() {
        return fallback;
    }

    /** One font file with the advance widths (1/1000 em) of the Basic Multilingual Plane; NaN where it has no glyph. */
    static final class Face {
        private final byte[] bytes;
        private final float[] advances;

        private Face(byte[] bytes, float[] advances) {
            this.bytes = bytes;
            this.advances = advances;
        }

        static Face of(byte[] bytes) throws IOException {
            float[] advances = new float[Character.MAX_VALUE + 1];
            Arrays.fill(advances, Float.NaN);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                float scale = 1000f / ttf.getUnitsPerEm();
                for (int codePoint = 0; codePoint <= Character.MAX_VALUE; codePoint++) {
                    int glyph = cmap.getGlyphId(codePoint);
                    if (glyph > 0) {
                        advances[codePoint] = ttf.getAdvanceWidth(glyph) * scale;
                    }
                }
            }
            return new Face(bytes, advances);
        }

        boolean has(int codePoint) {
            return codePoint <= Character.MAX_VALUE && !Float.isNaN(advances[codePoint]);
        }

        float advance(int codePoint) {
            return advances[codePoint];
        }

        PDType0Font embed(PDDocument document) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            ttf.setEnableGsub(false);
            return PDType0Font.load(document, ttf, true);
        }
    }
}
