package org.dpatracker.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpatracker.support.PdfValidator;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The layout engine alone: archival and accessible output, tables across pages, any script. */
class TaggedPdfTest {

    private static final FontSet FONTS = FontSet.load(null);

    @Test
    void aLongTableBreaksAcrossPagesWithItsHeaderRepeatedAndTheDocumentIsPdfA2aAndPdfUa1() throws IOException {
        byte[] pdf = render(120, "Zażółć gęślą jaźń – Ελληνικά – Müller GmbH");

        assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text)
                        .as("page %d", page)
                        .contains(
                                "Subprocessor",
                                "Location and transfer basis",
                                "Page " + page + " of " + document.getNumberOfPages());
            }
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Zażółć gęślą jaźń – Ελληνικά – Müller GmbH", "Vendor 119");
        }
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/layout-sample.pdf"), pdf);
    }

    @Test
    void theValidatorRejectsAPlainUntaggedDocument() throws IOException {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            plain.save(out);
            assertThat(PdfValidator.failures(out.toByteArray(), PDFAFlavour.PDFA_2_A))
                    .isNotEmpty();
            assertThat(PdfValidator.failures(out.toByteArray(), PDFAFlavour.PDFUA_1))
                    .isNotEmpty();
        }
    }

    @Test
    void aGermanWordTooLongForItsColumnIsDividedAtASyllableWithAHyphen() throws IOException {
        String word = "Unterauftragsverarbeitungsverträge";
        byte[] german = narrowColumn(word, Locale.GERMAN);
        assertThat(PdfValidator.failures(german, PDFAFlavour.PDFA_2_A)).isEmpty();
        try (PDDocument document = Loader.loadPDF(german)) {
            List<String> lines = cellLines(new PDFTextStripper().getText(document), "Un");
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(String.join("", lines).replace("-", "")).isEqualTo(word);
            assertThat(lines.subList(0, lines.size() - 1))
                    .as("every line but the last ends at a syllable of the word, with a hyphen")
                    .allSatisfy(line -> assertThat(line).endsWith("-"));
            List<Integer> syllables = new ArrayList<>();
            int at = 0;
            for (String syllable : "Un-ter-auf-trags-ver-ar-bei-tungs-ver-trä-ge".split("-")) {
                at += syllable.length();
                syllables.add(at);
            }
            int cut = 0;
            for (String line : lines.subList(0, lines.size() - 1)) {
                cut += line.length() - 1;
                assertThat(syllables).as("line ends after %s", line).contains(cut);
            }
        }
        try (PDDocument document = Loader.loadPDF(narrowColumn(word, Locale.ENGLISH))) {
            assertThat(cellLines(new PDFTextStripper().getText(document), "Un"))
                    .as("other languages are cut where the line is full, without a hyphen")
                    .noneSatisfy(line -> assertThat(line).endsWith("-"));
        }
    }

    private static byte[] narrowColumn(String word, Locale language) {
        try (TaggedPdf pdf = new TaggedPdf(FONTS, language)) {
            pdf.table(List.of("A", "B"), new float[] {0.12f, 0.88f}, List.of(List.of(word, "x")));
            return pdf.finish(new PdfArchive.Metadata(
                    "Column",
                    "Layout test",
                    "DPA Tracker",
                    language,
                    Instant.parse("2026-11-21T10:00:00Z"),
                    new PdfArchive.Footer("DOC-1", "{0}/{1}")));
        }
    }

    /** The cell's lines: from the one starting with {@code first} to the one before the other column's "x". */
    private static List<String> cellLines(String text, String first) {
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> cell = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String part = line.replaceFirst(" x$", "");
            in = in || part.startsWith(first);
            if (in && !part.isEmpty() && !part.equals("x")) {
                cell.add(part);
            }
            if (in && line.endsWith("x")) {
                break;
            }
        }
        return cell;
    }

    static byte[] render(int rows, String name) {
        try (TaggedPdf pdf = new TaggedPdf(FONTS)) {
            pdf.heading(1, "Annex IV – List of sub-processors");
            pdf.paragraph("Controller: " + name);
            pdf.heading(2, "Sub-processors");
            List<List<String>> table = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                table.add(List.of(
                        "Vendor " + i,
                        "Street " + i + ", 28199 Bremen, Germany",
                        "Hosting of the application and backups, with a description long enough to wrap over "
                                + "several lines",
                        "Germany – adequacy not needed (EEA)"));
            }
            pdf.table(
                    List.of("Subprocessor", "Address", "Processing", "Location and transfer basis"),
                    new float[] {0.2f, 0.25f, 0.3f, 0.25f},
                    table);
            return pdf.finish(new PdfArchive.Metadata(
                    "Annex sample",
                    "Layout test",
                    "DPA Tracker",
                    Locale.ENGLISH,
                    Instant.parse("2026-11-21T10:00:00Z"),
                    new PdfArchive.Footer("DOC-1 · Annex sample", "Page {0} of {1}")));
        }
    }
}
