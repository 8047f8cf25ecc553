package org.dpatracker.processor;

/** A sort order of the processor list. */
public record RegisterSort(Column column, boolean descending) {

    public enum Column {
        PROCESSOR,
        STATUS,
        SUBPROCESSORS,
        RED_FLAGS,
        NEXT_REVIEW
    }
}
