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

/**
 * What a finding fills in the register. The first eleven are the points of the Art. 28(3) checklist
 * (named as in the contract package); a single-valued target keeps only its most confident finding, a
 * multi-valued one (retention periods, countries, transfer mechanisms) keeps one finding per value.
 */
public enum ClauseTarget {
    INSTRUCTIONS(ART28_POINTS, false, "Art. 28(3)(a)"),
    CONFIDENTIALITY(ART28_POINTS, false, "Art. 28(3)(b)"),
    SECURITY(ART28_POINTS, false, "Art. 28(3)(c)"),
    SUBPROCESSOR_CONDITIONS(ART28_POINTS, false, "Art. 28(3)(d)"),
    DATA_SUBJECT_RIGHTS(ART28_POINTS, false, "Art. 28(3)(e)"),
    ASSISTANCE(ART28_POINTS, false, "Art. 28(3)(f)"),
    DELETION_OR_RETURN(ART28_POINTS, false, "Art. 28(3)(g)"),
    COMPLIANCE_AND_AUDITS(ART28_POINTS, false, "Art. 28(3)(h)"),
    PRIOR_AUTHORISATION(ART28_POINTS, false, "Art. 28(2)"),
    SAME_OBLIGATIONS_DOWNSTREAM(ART28_POINTS, false, "Art. 28(4)"),
    INFRINGING_INSTRUCTIONS(ART28_POINTS, false, "Art. 28(3) subpara. 2"),
    AUTHORISATION(SUBPROCESSORS, false, "Art. 28(2)"),
    NOTICE_DAYS(SUBPROCESSORS, false, "Art. 28(2)"),
    OBJECTION_DAYS(SUBPROCESSORS, false, "Art. 28(2)"),
    BREACH_HOURS(BREACH, false, "Art. 33(2)"),
    BREACH_WORDING(BREACH, false, "Art. 33(2)"),
    AUDIT_FREQUENCY(AUDIT, false, "Art. 28(3)(h)"),
    AUDIT_NOTICE_DAYS(AUDIT, false, "Art. 28(3)(h)"),
    AUDIT_COSTS(AUDIT, false, "Art. 28(3)(h)"),
    AUDIT_CERTIFICATES(AUDIT, false, "Art. 28(5)"),
    DELETION_AT_END(DELETION, false, "Art. 28(3)(g)"),
    DELETION_DAYS(DELETION, false, "Art. 28(3)(g)"),
    RETENTION_DAYS(RETENTION, true, "Art. 5(1)(e)"),
    PROCESSING_LOCATION(LOCATION, true, "Art. 28(3)(a)"),
    THIRD_COUNTRY(LOCATION, true, "Art. 44"),
    TRANSFER_MECHANISM(TRANSFER, true, "Art. 46"),
    TRANSFER_INVALID(TRANSFER, true, "Art. 46"),
    OWN_PURPOSE_USE(OWN_PURPOSE, false, "Art. 28(10)"),
    LIABILITY_CAP(LIABILITY, false, "Art. 82");

    private final ClauseCategory category;
    private final boolean multiValued;
    private final String citation;

    ClauseTarget(ClauseCategory category, boolean multiValued, String citation) {
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

    public String citation() {
        return citation;
    }

    /** One of the eight points (a)–(h) of Art. 28(3), which the coverage figure counts. */
    public boolean isArt28Point() {
        return category == ART28_POINTS && citation.startsWith("Art. 28(3)(");
    }
}
