package org.dpatracker.contract;

/**
 * What an Art. 28 contract must contain: the subject-matter and details of Art. 28(3) sentence 1,
 * points (a)–(h), the sub-processor conditions of Art. 28(2) and (4), and the duty to warn about
 * infringing instructions (Art. 28(3) second subparagraph).
 */
public enum ContractPoint {
    SUBJECT_MATTER("Art. 28(3) sentence 1"),
    INSTRUCTIONS("Art. 28(3)(a)"),
    CONFIDENTIALITY("Art. 28(3)(b)"),
    SECURITY("Art. 28(3)(c)"),
    SUBPROCESSOR_CONDITIONS("Art. 28(3)(d)"),
    DATA_SUBJECT_RIGHTS("Art. 28(3)(e)"),
    ASSISTANCE("Art. 28(3)(f)"),
    DELETION_OR_RETURN("Art. 28(3)(g)"),
    COMPLIANCE_AND_AUDITS("Art. 28(3)(h)"),
    PRIOR_AUTHORISATION("Art. 28(2)"),
    SAME_OBLIGATIONS_DOWNSTREAM("Art. 28(4)"),
    INFRINGING_INSTRUCTIONS("Art. 28(3) subpara. 2");

    private final String citation;

    ContractPoint(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
