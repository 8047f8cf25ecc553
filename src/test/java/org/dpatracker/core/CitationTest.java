package org.dpatracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Citations of the GDPR in English and in German legal style. */
class CitationTest {

    private static final Citation INSTRUCTIONS =
            Citation.article(28).paragraph(3).sentence(2).point("a");

    @Test
    void aPointOfArticle28Paragraph3() {
        assertThat(INSTRUCTIONS.format(Locale.ENGLISH, true)).isEqualTo("Art. 28(3)(a) GDPR");
        assertThat(INSTRUCTIONS.format(Locale.GERMAN, true)).isEqualTo("Art. 28 Abs. 3 S. 2 lit. a DSGVO");
        assertThat(INSTRUCTIONS.format(Locale.GERMAN, false)).isEqualTo("Art. 28 Abs. 3 S. 2 lit. a");
    }

    @Test
    void aSentenceASubparagraphAndAParagraph() {
        Citation subject = Citation.article(28).paragraph(3).sentence(1);
        Citation warning = Citation.article(28).paragraph(3).subparagraph(2);
        Citation transfer = Citation.article(46).paragraph(2).point("c");
        assertThat(subject.format(Locale.ENGLISH, false)).isEqualTo("Art. 28(3) sentence 1");
        assertThat(subject.format(Locale.GERMAN, true)).isEqualTo("Art. 28 Abs. 3 S. 1 DSGVO");
        assertThat(warning.format(Locale.ENGLISH, false)).isEqualTo("Art. 28(3) subpara. 2");
        assertThat(warning.format(Locale.GERMAN, true)).isEqualTo("Art. 28 Abs. 3 UAbs. 2 DSGVO");
        assertThat(transfer.format(Locale.ENGLISH, true)).isEqualTo("Art. 46(2)(c) GDPR");
        assertThat(transfer.format(Locale.GERMAN, true)).isEqualTo("Art. 46 Abs. 2 lit. c DSGVO");
        assertThat(Citation.article(44).format(Locale.GERMAN, true)).isEqualTo("Art. 44 DSGVO");
    }
}
