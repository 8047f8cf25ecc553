package org.dpatracker.processor;

/**
 * How subprocessors are authorised, how far ahead changes are announced, how long the controller may
 * object, and the delimitation of responsibilities between the processor and its subprocessors that
 * Annex IV of the clauses 2021/915 asks for (who does what, which data each one receives).
 */
public record SubprocessorTerms(
        Authorisation authorisation, Integer noticePeriodDays, Integer objectionPeriodDays, String delimitation) {

    public static final SubprocessorTerms UNRECORDED = new SubprocessorTerms(null, null, null, null);

    public SubprocessorTerms(Authorisation authorisation, Integer noticePeriodDays, Integer objectionPeriodDays) {
        this(authorisation, noticePeriodDays, objectionPeriodDays, null);
    }
}
