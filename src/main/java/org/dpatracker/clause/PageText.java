package org.dpatracker.clause;

/** The text of one page of a document, numbered from 1. */
public record PageText(int number, String text) {}
