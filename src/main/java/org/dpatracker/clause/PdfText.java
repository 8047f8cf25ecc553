package org.dpatracker.clause;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpatracker.core.InvalidInputException;

/** The text layer of a PDF, one entry per page; a scan without a text layer is refused as such. */
final class PdfText {

    private PdfText() {}

    static ExtractedText pages(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<PageText> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(new PageText(page, stripper.getText(pdf).strip()));
            }
            if (pages.stream().allMatch(p -> p.text().isBlank())) {
                throw new InvalidInputException("document", "clause.no-text-layer");
            }
            return new ExtractedText(pages, false);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("document", "clause.pdf-encrypted");
        } catch (IOException e) {
            throw new InvalidInputException("document", "clause.pdf-damaged");
        }
    }
}
