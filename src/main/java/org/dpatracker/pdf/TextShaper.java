package org.dpatracker.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures, wraps and writes text with the primary font, switching to the fallback font for
 * characters the primary one lacks. Widths come from the font set's tables, so measuring costs no
 * font work; the fallback is embedded in the document only once text needs it. A character neither
 * font has is written as "?" rather than as an empty glyph, which PDF/A forbids.
 */
final class TextShaper {

    private static final int MISSING = '?';
    private static final int SPACE = ' ';

    private final PDDocument document;
    private final FontSet fonts;
    private final PDType0Font primary;
    private PDType0Font fallback;

    TextShaper(PDDocument document, FontSet fonts) {
        this.document = document;
        this.fonts = fonts;
        try {
            this.primary = fonts.primary().embed(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            width += advance(codePoint);
        }
        return width * size / 1000f;
    }

    /** Breaks text into lines no wider than {@code width}; explicit line breaks are kept, long words are cut. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        wrapParagraphs(text, size, width).forEach(lines::addAll);
        return lines;
    }

    /** Like {@link #wrap}, with the lines of each source line (paragraph) kept together. */
    List<List<String>> wrapParagraphs(String text, float size, float width) {
        List<List<String>> paragraphs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return paragraphs;
        }
        float space = advance(SPACE) * size / 1000f;
        for (String paragraph : text.replace("\r", "").replace('\t', ' ').split("\n", -1)) {
            List<String> lines = new ArrayList<>();
            paragraphs.add(lines);
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ", -1)) {
                float wordWidth = width(word, size);
                float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
                if (candidate <= width) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > width) {
                    int cut = fitting(rest, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineWidth = width(rest, size);
            }
            lines.add(line.toString());
        }
        return paragraphs;
    }

    void show(PDPageContentStream content, String line, float x, float y, float size) throws IOException {
        if (line.isBlank()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, y);
        StringBuilder run = new StringBuilder();
        PDType0Font runFont = null;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            i += Character.charCount(codePoint);
            int shown = Character.isISOControl(codePoint) ? SPACE : codePoint;
            PDType0Font font = primary;
            if (!fonts.primary().has(shown)) {
                if (fonts.fallback() != null && fonts.fallback().has(shown)) {
                    font = fallback();
                } else {
                    shown = MISSING;
                }
            }
            if (font != runFont && !run.isEmpty()) {
                content.setFont(runFont, size);
                content.showText(run.toString());
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(shown);
        }
        if (!run.isEmpty()) {
            content.setFont(runFont, size);
            content.showText(run.toString());
        }
        content.endText();
    }

    private float advance(int codePoint) {
        int shown = Character.isISOControl(codePoint) ? SPACE : codePoint;
        if (fonts.primary().has(shown)) {
            return fonts.primary().advance(shown);
        }
        if (fonts.fallback() != null && fonts.fallback().has(shown)) {
            return fonts.fallback().advance(shown);
        }
        return fonts.primary().advance(MISSING);
    }

    private PDType0Font fallback() throws IOException {
        if (fallback == null) {
            fallback = fonts.fallback().embed(document);
        }
        return fallback;
    }

    private int fitting(String word, float size, float width) {
        int end = 1;
        while (end < word.length() && width(word.substring(0, end + 1), size) <= width) {
            end++;
        }
        return Character.isHighSurrogate(word.charAt(end - 1)) && end < word.length() ? end + 1 : end;
    }
}
