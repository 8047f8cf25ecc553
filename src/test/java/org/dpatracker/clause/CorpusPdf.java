package org.dpatracker.clause;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs made in the test from corpus texts: a form feed starts a new page, lines are wrapped to the page
 * width, and a page that would overflow fails the test rather than shift the page numbers.
 */
final class CorpusPdf {

    private static final float SIZE = 8;
    private static final float LEADING = 9.5f;
    private static final int MAX_LINES = 82;

    private CorpusPdf() {}

    static byte[] of(String text) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String pageText : text.split("\f")) {
                List<String> lines = wrap(font, pageText.strip());
                if (lines.size() > MAX_LINES) {
                    throw new IllegalArgumentException("Page too long: " + lines.size() + " lines");
                }
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(50, 810);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF that holds only a picture, as a scanner makes it: no text layer. */
    static byte[] scan() {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            java.awt.image.BufferedImage picture =
                    new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = picture.createGraphics();
            g.drawString("Data Processing Agreement", 10, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(pdf, picture);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 500, 400, 200);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(PDType1Font font, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : encodable(font, paragraph).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * SIZE > 495 && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character Helvetica's encoding lacks replaced, as a PDF writer would. */
    private static String encodable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = Character.toString(c);
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString().replace('\t', ' ').replace('\u00a0', ' ');
    }
}
