package org.dpatracker.clause;

/**
 * What one rule found: the value it read for its target, the sentence it read it from and the page that
 * sentence is on. {@code confidence} is the rule's, from 0 to 1.
 */
public record ClauseFinding(
        String ruleId, ClauseTarget target, String value, String quote, int page, double confidence) {}
