package org.dpatracker.annex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The annex as text blocks in one language, before layout: what the PDF shows, and what the
 * fingerprint is computed over (a new version is made only when it changes).
 */
public record AnnexModel(String title, String subject, List<Block> blocks) {

    public AnnexModel {
        blocks = List.copyOf(blocks);
    }

    /** One piece of the document. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table {}

    public record Heading(int level, String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    /** Label–value pairs. */
    public record Facts(List<String[]> pairs) implements Block {}

    public record Table(List<String> headers, float[] widths, List<List<String>> rows) implements Block {}

    /** Every text of the model, in order, for the fingerprint and for tests. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.add(subject);
        for (Block block : blocks) {
            switch (block) {
                case Heading heading -> texts.add(heading.text());
                case Paragraph paragraph -> texts.add(paragraph.text());
                case Facts facts -> facts.pairs().forEach(pair -> texts.addAll(Arrays.asList(pair)));
                case Table table -> {
                    texts.addAll(table.headers());
                    table.rows().forEach(texts::addAll);
                }
            }
        }
        return texts;
    }
}
