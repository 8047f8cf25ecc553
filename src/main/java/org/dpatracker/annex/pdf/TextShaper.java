package org.dpatracker.annex.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Measures, wraps and writes text with the primary font, switching to the fallback font for
 * characters the primary one lacks. A character neither font has is written as U+FFFD-like "?"
 * rather than an empty glyph, which PDF/A forbids.
 */
final class TextShaper {

    private static final String MISSING = "?";

    private final FontSet.Embedded primary;
    private final FontSet.Embedded fallback;

    TextShaper(FontSet.Embedded primary, FontSet.Embedded fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    float width(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) {
            width += stringWidth(run) * size / 1000f;
        }
        return width;
    }

    /** Breaks text into lines no wider than {@code width}; explicit line breaks are kept, long words are cut. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String paragraph : text.replace("\r", "").replace('\t', ' ').split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
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
            }
            lines.add(line.toString());
        }
        return lines;
    }

    void show(PDPageContentStream content, String line, float x, float y, float size) throws IOException {
        if (line.isBlank()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(line)) {
            content.setFont(run.font().font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    private int fitting(String word, float size, float width) {
        int end = 1;
        while (end < word.length() && width(word.substring(0, end + 1), size) <= width) {
            end++;
        }
        return Character.isHighSurrogate(word.charAt(end - 1)) && end < word.length() ? end + 1 : end;
    }

    private float stringWidth(Run run) {
        try {
            return run.font().font().getStringWidth(run.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits text into runs of one font each. */
    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        FontSet.Embedded currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String character = Character.isISOControl(codePoint) ? " " : new String(Character.toChars(codePoint));
            FontSet.Embedded font = primary;
            if (!primary.has(character.codePointAt(0))) {
                if (fallback != null && fallback.has(codePoint)) {
                    font = fallback;
                } else {
                    character = MISSING;
                }
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(character);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private record Run(FontSet.Embedded font, String text) {}
}
