package org.dpatracker.processor.exchange;

/** A row as read from a file, with where it stands there (a line number, or a path in JSON). */
record SourceRow(String line, RegisterRow row) {}
