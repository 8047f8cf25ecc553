package org.dpatracker.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private final boolean german;
    private PDType0Font fallback;

    /** @param language the text's language: German words too long for a line are divided at a syllable */
    TextShaper(PDDocument document, FontSet fonts, Locale language) {
        this.document = document;
        this.fonts = fonts;
        this.german = language != null && Locale.GERMAN.getLanguage().equals(language.getLanguage());
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

    /**
     * Breaks text into lines no wider than {@code width}; explicit line breaks are kept. A word wider than a
     * line is divided: German at a syllable with a hyphen, others where the line is full.
     */
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
                    Division division = divide(rest, size, width);
                    lines.add(division.shown());
                    rest = rest.substring(division.taken());
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

    /** The first line's part of a word: what the line shows, and how many of the word's characters that takes. */
    private record Division(String shown, int taken) {}

    /** Divides a word wider than the line: at a syllable, with a hyphen, where German allows; else where full. */
    private Division divide(String word, float size, float width) {
        if (german) {
            List<Integer> points = GermanHyphenation.points(word);
            for (int i = points.size() - 1; i >= 0; i--) {
                String before = word.substring(0, points.get(i));
                String shown = GermanHyphenation.needsHyphen(before) ? before + "-" : before;
                if (width(shown, size) <= width) {
                    return new Division(shown, before.length());
                }
            }
        }
        int cut = fitting(word, size, width);
        return new Division(word.substring(0, cut), cut);
    }

    private int fitting(String word, float size, float width) {
        int end = 1;
        while (end < word.length() && width(word.substring(0, end + 1), size) <= width) {
            end++;
        }
        return Character.isHighSurrogate(word.charAt(end - 1)) && end < word.length() ? end + 1 : end;
    }
}
