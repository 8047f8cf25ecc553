package org.dpatracker.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Lays out one table: cells wrap, a row that does not fit continues on the next page, and the
 * header row is drawn again at the top of every continuation page (as an artifact, so the structure
 * holds it once).
 */
final class TableLayout {

    private static final float LINE = TaggedPdf.BODY * TaggedPdf.LEADING;

    private final TaggedPdf pdf;
    private final float[] columns;
    private final List<String> headers;
    private final boolean rowHeaders;
    private PDStructureElement table;

    TableLayout(TaggedPdf pdf, float[] fractions, List<String> headers, boolean rowHeaders) {
        this.pdf = pdf;
        this.headers = headers;
        this.rowHeaders = rowHeaders;
        float total = TaggedPdf.PAGE_WIDTH - 2 * TaggedPdf.MARGIN_X;
        columns = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            columns[i] = fractions[i] * total;
        }
    }

    void rows(List<List<String>> rows) {
        table = pdf.element("Table", pdf.body());
        List<List<String>> headerLines = wrapped(headers);
        if (pdf.y() - height(headerLines) - LINE - 2 * TaggedPdf.PAD < TaggedPdf.MARGIN_BOTTOM) {
            pdf.newPage();
        }
        if (!headers.isEmpty()) {
            PDStructureElement row = pdf.element("TR", table);
            List<PDStructureElement> cells = new ArrayList<>();
            headers.forEach(h -> cells.add(pdf.tableElement(row, "TH", PDTableAttributeObject.SCOPE_COLUMN)));
            drawHeader(headerLines, cells);
        }
        for (List<String> cellsText : rows) {
            row(cellsText, headerLines);
        }
        pdf.space(TaggedPdf.BODY * 0.8f);
    }

    private void row(List<String> texts, List<List<String>> headerLines) {
        PDStructureElement row = pdf.element("TR", table);
        List<PDStructureElement> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            cells.add(
                    i == 0 && rowHeaders
                            ? pdf.tableElement(row, "TH", PDTableAttributeObject.SCOPE_ROW)
                            : pdf.tableElement(row, "TD", null));
        }
        List<List<String>> lines = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> cellLines = new ArrayList<>();
            List<Integer> paragraphEnds = new ArrayList<>();
            for (List<String> paragraph :
                    pdf.shaper().wrapParagraphs(texts.get(i), TaggedPdf.BODY, columns[i] - 2 * TaggedPdf.PAD)) {
                cellLines.addAll(paragraph);
                paragraphEnds.add(cellLines.size());
            }
            lines.add(cellLines);
            ends.add(paragraphEnds);
        }
        int[] drawn = new int[texts.size()];
        boolean first = true;
        while (first || remaining(lines, drawn)) {
            first = false;
            int fit = (int) ((pdf.y() - TaggedPdf.MARGIN_BOTTOM - 2 * TaggedPdf.PAD) / LINE);
            if (fit < 1) {
                continuePage(headerLines);
                continue;
            }
            float top = pdf.y();
            int tallest = 1;
            float x = TaggedPdf.MARGIN_X;
            for (int i = 0; i < texts.size(); i++) {
                List<String> cellLines = lines.get(i);
                int end = cut(ends.get(i), drawn[i], Math.min(cellLines.size(), drawn[i] + fit));
                List<String> part = cellLines.subList(drawn[i], end);
                pdf.writeLinesAt(cells.get(i), part, x + TaggedPdf.PAD, top - TaggedPdf.PAD, TaggedPdf.BODY);
                drawn[i] += part.size();
                tallest = Math.max(tallest, part.size());
                x += columns[i];
            }
            float height = tallest * LINE + 2 * TaggedPdf.PAD;
            borders(top, height, rowHeaders);
            pdf.moveTo(top - height);
            if (remaining(lines, drawn)) {
                continuePage(headerLines);
            }
        }
    }

    /**
     * Where a cell's part on this page ends: at the last whole paragraph (e.g. one bullet) that fits,
     * so no line of the source text is split across pages, unless not even one paragraph fits.
     */
    private static int cut(List<Integer> paragraphEnds, int from, int limit) {
        int best = -1;
        for (int end : paragraphEnds) {
            if (end > from && end <= limit) {
                best = end;
            }
        }
        return best > 0 ? best : limit;
    }

    private void continuePage(List<List<String>> headerLines) {
        pdf.newPage();
        if (!headers.isEmpty()) {
            drawHeader(headerLines, null);
        }
    }

    /** The header row: tagged the first time ({@code cells} given), an artifact when repeated. */
    private void drawHeader(List<List<String>> headerLines, List<PDStructureElement> cells) {
        float top = pdf.y();
        float height = height(headerLines);
        try {
            PDPageContentStream content = pdf.content();
            pdf.beginArtifact();
            content.setNonStrokingColor(0.91f, 0.93f, 0.96f);
            content.addRect(TaggedPdf.MARGIN_X, top - height, sum(), height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            if (cells == null) {
                float x = TaggedPdf.MARGIN_X;
                for (int i = 0; i < headerLines.size(); i++) {
                    float lineY = top - TaggedPdf.PAD;
                    for (String line : headerLines.get(i)) {
                        lineY -= LINE;
                        pdf.shaper()
                                .show(content, line, x + TaggedPdf.PAD, lineY + TaggedPdf.BODY * 0.25f, TaggedPdf.BODY);
                    }
                    x += columns[i];
                }
            }
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cells != null) {
            float x = TaggedPdf.MARGIN_X;
            for (int i = 0; i < headerLines.size(); i++) {
                pdf.writeLinesAt(
                        cells.get(i), headerLines.get(i), x + TaggedPdf.PAD, top - TaggedPdf.PAD, TaggedPdf.BODY);
                x += columns[i];
            }
        }
        borders(top, height, false);
        pdf.moveTo(top - height);
    }

    private void borders(float top, float height, boolean shadeFirstColumn) {
        try {
            PDPageContentStream content = pdf.content();
            pdf.beginArtifact();
            content.setStrokingColor(0.72f, 0.74f, 0.78f);
            content.setLineWidth(0.5f);
            float x = TaggedPdf.MARGIN_X;
            for (float width : columns) {
                content.addRect(x, top - height, width, height);
                x += width;
            }
            content.stroke();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> wrapped(List<String> texts) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(pdf.shaper().wrap(texts.get(i), TaggedPdf.BODY, columns[i] - 2 * TaggedPdf.PAD));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int tallest = lines.stream().mapToInt(List::size).max().orElse(0);
        return tallest == 0 ? 0 : tallest * LINE + 2 * TaggedPdf.PAD;
    }

    private static boolean remaining(List<List<String>> lines, int[] drawn) {
        for (int i = 0; i < drawn.length; i++) {
            if (drawn[i] < lines.get(i).size()) {
                return true;
            }
        }
        return false;
    }

    private float sum() {
        float total = 0;
        for (float width : columns) {
            total += width;
        }
        return total;
    }
}
