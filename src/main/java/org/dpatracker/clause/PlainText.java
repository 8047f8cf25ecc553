package org.dpatracker.clause;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.core.InvalidInputException;

/** A UTF-8 text file: a form feed starts a new page; without one the whole text is page 1. */
final class PlainText {

    private PlainText() {}

    static ExtractedText pages(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("document", "clause.not-utf8");
        }
        String[] parts = text.replace("\uFEFF", "").split("\f", -1);
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            pages.add(new PageText(i + 1, parts[i].strip()));
        }
        if (pages.stream().allMatch(p -> p.text().isBlank())) {
            throw new InvalidInputException("document", "clause.no-text");
        }
        return new ExtractedText(pages, false);
    }
}
