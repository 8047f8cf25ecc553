package org.dpatracker.clause;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The test corpus: vendor terms and the DPAs written for the tests, read as PDFs made from their text. */
public final class Corpus {

    static final List<String> FILES = List.of(
            "ubimax-dpa.txt",
            "empolis-terms.txt",
            "en-privacy-shield.txt",
            "en-short-objection.txt",
            "de-avv.txt",
            "imk-security.txt");

    private Corpus() {}

    public static String text(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/clause/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF made from the corpus file {@code file}, a form feed of its text starting a new page. */
    public static byte[] pdf(String file) {
        return CorpusPdf.of(text(file));
    }

    /** The findings of the standard rule pack in the PDF made from {@code file}. */
    static List<ClauseFinding> findings(String file) {
        ExtractedText text = TextExtractor.extract("application/pdf", new ByteArrayInputStream(pdf(file)));
        return new ClauseScanner(RulePack.standard()).scan(text.pages());
    }
}
