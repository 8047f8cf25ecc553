package org.dpatracker.pdf;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Writes each page's footer once the page count is known: the document line left, "Page X of Y" right. */
final class PageFooters {

    private static final float SIZE = 7.5f;

    private final TaggedPdf pdf;

    PageFooters(TaggedPdf pdf) {
        this.pdf = pdf;
    }

    /** @param footer the document line and a page pattern with {0} for the page and {1} for the count */
    void write(PdfArchive.Footer footer) throws IOException {
        List<PDPage> pages = pdf.pages();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream content = new PDPageContentStream(
                    pdf.document(), pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginMarkedContent(org.apache.pdfbox.cos.COSName.ARTIFACT);
                content.setNonStrokingColor(0.35f, 0.35f, 0.4f);
                float y = TaggedPdf.MARGIN_BOTTOM - 30;
                pdf.shaper().show(content, footer.documentLine(), TaggedPdf.MARGIN_X, y, SIZE);
                String page = MessageFormat.format(footer.pagePattern(), i + 1, pages.size());
                float width = pdf.shaper().width(page, SIZE);
                pdf.shaper().show(content, page, TaggedPdf.PAGE_WIDTH - TaggedPdf.MARGIN_X - width, y, SIZE);
                content.endMarkedContent();
            }
        }
    }
}
