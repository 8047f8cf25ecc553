package org.dpatracker.contract;

import java.util.Locale;
import org.dpatracker.core.Citation;

/**
 * What an Art. 28 contract must contain: the subject-matter and details of Art. 28(3) sentence 1,
 * points (a)–(h), the sub-processor conditions of Art. 28(2) and (4), and the duty to warn about
 * infringing instructions (Art. 28(3) second subparagraph).
 */
public enum ContractPoint {
    SUBJECT_MATTER(Citation.article(28).paragraph(3).sentence(1)),
    INSTRUCTIONS(Points.ALL.point("a")),
    CONFIDENTIALITY(Points.ALL.point("b")),
    SECURITY(Points.ALL.point("c")),
    SUBPROCESSOR_CONDITIONS(Points.ALL.point("d")),
    DATA_SUBJECT_RIGHTS(Points.ALL.point("e")),
    ASSISTANCE(Points.ALL.point("f")),
    DELETION_OR_RETURN(Points.ALL.point("g")),
    COMPLIANCE_AND_AUDITS(Points.ALL.point("h")),
    PRIOR_AUTHORISATION(Citation.article(28).paragraph(2)),
    SAME_OBLIGATIONS_DOWNSTREAM(Citation.article(28).paragraph(4)),
    INFRINGING_INSTRUCTIONS(Citation.article(28).paragraph(3).subparagraph(2));

    private final Citation citation;

    ContractPoint(Citation citation) {
        this.citation = citation;
    }

    /** The English citation, e.g. "Art. 28(3)(a)". */
    public String citation() {
        return citation.format(Locale.ENGLISH, false);
    }

    /** The citation in the reader's language, e.g. "Art. 28 Abs. 3 S. 2 lit. a" in German. */
    public String citation(Locale locale) {
        return citation.format(locale, false);
    }

    /** Holds the points (a)–(h): they are in sentence 2 of Art. 28(3)'s first subparagraph. */
    private static final class Points {
        static final Citation ALL = Citation.article(28).paragraph(3).sentence(2);
    }
}
