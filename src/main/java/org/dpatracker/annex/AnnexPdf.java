package org.dpatracker.annex;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dpatracker.annex.AnnexModel.Facts;
import org.dpatracker.annex.AnnexModel.Heading;
import org.dpatracker.annex.AnnexModel.Paragraph;
import org.dpatracker.annex.AnnexModel.Table;
import org.dpatracker.core.Dates;
import org.dpatracker.core.Texts;
import org.dpatracker.pdf.FontSet;
import org.dpatracker.pdf.PdfArchive;
import org.dpatracker.pdf.TaggedPdf;

/** Lays the annex out as a tagged PDF/A-2a document: a cover with the stamp, then the annexes. */
final class AnnexPdf {

    private AnnexPdf() {}

    /** @param zone the controller's clock, which the cover's time of generation is given in */
    static byte[] render(AnnexModel model, AnnexStamp stamp, Locale locale, ZoneId zone, FontSet fonts) {
        String generatedAt = Dates.formatWithZone(stamp.generatedAt(), locale, zone);
        try (TaggedPdf pdf = new TaggedPdf(fonts, locale)) {
            pdf.heading(1, model.title());
            pdf.paragraph(model.subject());
            pdf.facts(List.of(
                    new String[] {Texts.get(locale, "annex.version"), String.valueOf(stamp.version())},
                    new String[] {Texts.get(locale, "annex.generated-at"), generatedAt},
                    new String[] {Texts.get(locale, "annex.generated-by"), stamp.generatedBy()},
                    new String[] {Texts.get(locale, "annex.document-id"), stamp.documentId()}));
            pdf.paragraph(Texts.get(locale, "annex.cover-note"));
            for (AnnexModel.Block block : model.blocks()) {
                switch (block) {
                    case Heading heading -> pdf.heading(heading.level(), heading.text());
                    case Paragraph paragraph -> pdf.paragraph(paragraph.text());
                    case Facts facts -> pdf.facts(facts.pairs());
                    case Table table -> pdf.table(table.headers(), table.widths(), table.rows());
                }
            }
            return pdf.finish(new PdfArchive.Metadata(
                    model.title() + " – " + model.subject(),
                    model.subject(),
                    stamp.generatedBy(),
                    locale,
                    stamp.generatedAt(),
                    new PdfArchive.Footer(
                            Texts.get(locale, "annex.footer", stamp.documentId(), stamp.version()),
                            Texts.get(locale, "annex.page"))));
        }
    }
}
