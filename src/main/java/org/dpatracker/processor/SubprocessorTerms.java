package org.dpatracker.processor;

/** How subprocessors are authorised, how far ahead changes are announced, and how long the controller may object. */
public record SubprocessorTerms(Authorisation authorisation, Integer noticePeriodDays, Integer objectionPeriodDays) {

    public static final SubprocessorTerms UNRECORDED = new SubprocessorTerms(null, null, null);
}
