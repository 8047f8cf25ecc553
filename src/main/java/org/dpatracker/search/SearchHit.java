package org.dpatracker.search;

/**
 * One result of the global search: {@code id} is the item's own id, {@code agreementId} the
 * agreement it belongs to (for subprocessors, breaches and notices; {@code null} otherwise).
 */
public record SearchHit(SearchKind kind, long id, String title, String detail, Long agreementId) {}
