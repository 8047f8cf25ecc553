package org.dpatracker.clause;

import static org.dpatracker.clause.ClauseCategory.ART28_POINTS;
import static org.dpatracker.clause.ClauseCategory.AUDIT;
import static org.dpatracker.clause.ClauseCategory.BREACH;
import static org.dpatracker.clause.ClauseCategory.DELETION;
import static org.dpatracker.clause.ClauseCategory.LIABILITY;
import static org.dpatracker.clause.ClauseCategory.LOCATION;
import static org.dpatracker.clause.ClauseCategory.OWN_PURPOSE;
import static org.dpatracker.clause.ClauseCategory.RETENTION;
import static org.dpatracker.clause.ClauseCategory.SUBPROCESSORS;
import static org.dpatracker.clause.ClauseCategory.TRANSFER;

import java.util.Locale;
import org.dpatracker.core.Citation;

/**
 * What a finding fills in the register. The first eleven are the points of the Art. 28(3) checklist
 * (named as in the contract package); a single-valued target keeps only its most confident finding, a
 * multi-valued one (retention periods, countries, transfer mechanisms) keeps one finding per value.
 */
public enum ClauseTarget {
    INSTRUCTIONS(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("a")),
    CONFIDENTIALITY(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("b")),
    SECURITY(ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("c")),
    SUBPROCESSOR_CONDITIONS(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("d")),
    DATA_SUBJECT_RIGHTS(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("e")),
    ASSISTANCE(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("f")),
    DELETION_OR_RETURN(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("g")),
    COMPLIANCE_AND_AUDITS(
            ART28_POINTS, false, Citation.article(28).paragraph(3).sentence(2).point("h")),
    PRIOR_AUTHORISATION(ART28_POINTS, false, Citation.article(28).paragraph(2)),
    SAME_OBLIGATIONS_DOWNSTREAM(ART28_POINTS, false, Citation.article(28).paragraph(4)),
    INFRINGING_INSTRUCTIONS(
            ART28_POINTS, false, Citation.article(28).paragraph(3).subparagraph(2)),
    AUTHORISATION(SUBPROCESSORS, false, Citation.article(28).paragraph(2)),
    NOTICE_DAYS(SUBPROCESSORS, false, Citation.article(28).paragraph(2)),
    OBJECTION_DAYS(SUBPROCESSORS, false, Citation.article(28).paragraph(2)),
    BREACH_HOURS(BREACH, false, Citation.article(33).paragraph(2)),
    BREACH_WORDING(BREACH, false, Citation.article(33).paragraph(2)),
    AUDIT_FREQUENCY(AUDIT, false, Citation.article(28).paragraph(3).sentence(2).point("h")),
    AUDIT_NOTICE_DAYS(
            AUDIT, false, Citation.article(28).paragraph(3).sentence(2).point("h")),
    AUDIT_COSTS(AUDIT, false, Citation.article(28).paragraph(3).sentence(2).point("h")),
    AUDIT_CERTIFICATES(AUDIT, false, Citation.article(28).paragraph(5)),
    DELETION_AT_END(
            DELETION, false, Citation.article(28).paragraph(3).sentence(2).point("g")),
    DELETION_DAYS(DELETION, false, Citation.article(28).paragraph(3).sentence(2).point("g")),
    RETENTION_DAYS(RETENTION, true, Citation.article(5).paragraph(1).point("e")),
    PROCESSING_LOCATION(
            LOCATION, true, Citation.article(28).paragraph(3).sentence(2).point("a")),
    THIRD_COUNTRY(LOCATION, true, Citation.article(44)),
    TRANSFER_MECHANISM(TRANSFER, true, Citation.article(46)),
    TRANSFER_INVALID(TRANSFER, true, Citation.article(46)),
    OWN_PURPOSE_USE(OWN_PURPOSE, false, Citation.article(28).paragraph(10)),
    LIABILITY_CAP(LIABILITY, false, Citation.article(82));

    private final ClauseCategory category;
    private final boolean multiValued;
    private final Citation citation;

    ClauseTarget(ClauseCategory category, boolean multiValued, Citation citation) {
        this.category = category;
        this.multiValued = multiValued;
        this.citation = citation;
    }

    public ClauseCategory category() {
        return category;
    }

    public boolean multiValued() {
        return multiValued;
    }

    /** The English citation, e.g. "Art. 28(3)(a)". */
    public String citation() {
        return citation.format(Locale.ENGLISH, false);
    }

    /** The citation in the reader's language, e.g. "Art. 28 Abs. 3 S. 2 lit. a" in German. */
    public String citation(Locale locale) {
        return citation.format(locale, false);
    }

    /** One of the eight points (a)–(h) of Art. 28(3), which the coverage figure counts. */
    public boolean isArt28Point() {
        return category == ART28_POINTS && citation().startsWith("Art. 28(3)(");
    }
}
