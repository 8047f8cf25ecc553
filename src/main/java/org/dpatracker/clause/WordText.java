package org.dpatracker.clause;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.dpatracker.core.InvalidInputException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * The paragraphs of a Word document. A Word file does not store its layout, only the breaks its author or
 * Word put in: a page starts at a page break, a paragraph marked "page break before", a section break or a
 * break Word rendered last. A document with none of them is cut into blocks of {@value #BLOCK} paragraphs,
 * and the result says that its pages are estimated.
 */
final class WordText {

    static final int BLOCK = 30;

    private WordText() {}

    static ExtractedText pages(byte[] bytes) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<StringBuilder> pages = new ArrayList<>(List.of(new StringBuilder()));
            boolean breaks = false;
            for (XWPFParagraph paragraph : word.getParagraphs()) {
                if (paragraph.isPageBreak() && !pages.getLast().isEmpty()) {
                    pages.add(new StringBuilder());
                    breaks = true;
                }
                for (XWPFRun run : paragraph.getRuns()) {
                    if (breaksPage(run) && !pages.getLast().isEmpty()) {
                        pages.add(new StringBuilder());
                        breaks = true;
                    }
                    pages.getLast().append(run.text());
                }
                pages.getLast().append('\n');
                if (paragraph.getCTP().getPPr() != null
                        && paragraph.getCTP().getPPr().getSectPr() != null) {
                    pages.add(new StringBuilder());
                    breaks = true;
                }
            }
            List<String> texts =
                    breaks ? pages.stream().map(StringBuilder::toString).toList() : blocks(word);
            List<PageText> numbered = new ArrayList<>();
            for (String text : texts) {
                if (!text.isBlank()) {
                    numbered.add(new PageText(numbered.size() + 1, text.strip()));
                }
            }
            if (numbered.isEmpty()) {
                throw new InvalidInputException("document", "clause.no-text");
            }
            return new ExtractedText(numbered, !breaks);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("document", "clause.word-damaged");
        }
    }

    private static boolean breaksPage(XWPFRun run) {
        if (!run.getCTR().getLastRenderedPageBreakList().isEmpty()) {
            return true;
        }
        for (CTBr br : run.getCTR().getBrList()) {
            if (br.getType() == STBrType.PAGE) {
                return true;
            }
        }
        return false;
    }

    private static List<String> blocks(XWPFDocument word) {
        List<String> blocks = new ArrayList<>();
        List<XWPFParagraph> paragraphs = word.getParagraphs();
        for (int start = 0; start < paragraphs.size(); start += BLOCK) {
            StringBuilder block = new StringBuilder();
            paragraphs
                    .subList(start, Math.min(start + BLOCK, paragraphs.size()))
                    .forEach(p -> block.append(p.getText()).append('\n'));
            blocks.add(block.toString());
        }
        return blocks;
    }
}
