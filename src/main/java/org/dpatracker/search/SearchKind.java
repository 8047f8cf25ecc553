package org.dpatracker.search;

/** What a search result is, in the order the results are shown. */
public enum SearchKind {
    ORGANISATION,
    AGREEMENT,
    SUBPROCESSOR,
    RECORD,
    BREACH,
    NOTICE
}
