package org.dpatracker.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dpatracker.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Text comes out page by page from PDFs, Word documents and text files; what cannot be read is refused by name. */
class TextExtractorTest {

    @Test
    void aPdfGivesOneTextPerPage() {
        ExtractedText text = extract("application/pdf", CorpusPdf.of("First page text.\fSecond page text."));

        assertThat(text.pages()).extracting(PageText::number).containsExactly(1, 2);
        assertThat(text.page(2).text()).isEqualTo("Second page text.");
        assertThat(text.pagesEstimated()).isFalse();
    }

    @Test
    void aScanWithoutTextLayerIsRefusedAsSuch() {
        assertRefused("application/pdf", CorpusPdf.scan(), "clause.no-text-layer");
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] pdf = CorpusPdf.of("The processor shall notify the controller within 24 hours.");
        byte[] damaged = Arrays.copyOf(pdf, pdf.length / 3);
        assertRefused("application/pdf", damaged, "clause.pdf-damaged");
        assertRefused(
                "application/pdf", "%PDF-1.7 nothing else".getBytes(StandardCharsets.US_ASCII), "clause.pdf-damaged");
    }

    @Test
    void aWordDocumentIsCutAtItsPageBreaks() throws IOException {
        ExtractedText text = extract(TextExtractor.DOCX, word(true));

        assertThat(text.pages()).extracting(PageText::text).containsExactly("Clause one.", "Clause two.");
        assertThat(text.pagesEstimated()).isFalse();
    }

    @Test
    void aWordDocumentWithoutBreaksSaysItsPagesAreEstimated() throws IOException {
        ExtractedText text = extract(TextExtractor.DOCX, word(false));

        assertThat(text.pages())
                .singleElement()
                .satisfies(p -> assertThat(p.text()).contains("Clause one.", "Clause two."));
        assertThat(text.pagesEstimated()).isTrue();
    }

    @Test
    void plainTextStartsANewPageAtAFormFeed() {
        ExtractedText text =
                extract("text/plain", "Seite eins.\fSeite zwei: Löschung.".getBytes(StandardCharsets.UTF_8));

        assertThat(text.pages()).extracting(PageText::text).containsExactly("Seite eins.", "Seite zwei: Löschung.");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        assertRefused("text/plain", "Löschung".getBytes(StandardCharsets.ISO_8859_1), "clause.not-utf8");
    }

    @Test
    void aPictureIsNotReadForClauses() {
        assertRefused("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "clause.type-unsupported");
    }

    private static ExtractedText extract(String type, byte[] bytes) {
        return TextExtractor.extract(type, new ByteArrayInputStream(bytes));
    }

    private static void assertRefused(String type, byte[] bytes, String key) {
        assertThatThrownBy(() -> extract(type, bytes))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.messageKey()).isEqualTo(key)));
    }

    private static byte[] word(boolean pageBreak) throws IOException {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("Clause one.");
            var second = word.createParagraph().createRun();
            if (pageBreak) {
                second.addBreak(BreakType.PAGE);
            }
            second.setText("Clause two.");
            word.write(out);
            return out.toByteArray();
        }
    }
}
