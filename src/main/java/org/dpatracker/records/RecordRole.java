package org.dpatracker.records;

/**
 * Whose record: the controller's (Art. 30(1)) or, where our company acts as a processor, the processor's (Art. 30(2)).
 */
public enum RecordRole {
    CONTROLLER,
    PROCESSOR
}
