package org.dpatracker.breach;

/** A new breach was recorded: its 72-hour clock runs, and whoever must act is to be told at once. */
public record BreachRecorded(long breachId) {}
