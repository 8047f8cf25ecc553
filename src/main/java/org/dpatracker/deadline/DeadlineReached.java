package org.dpatracker.deadline;

/**
 * A deadline has come within a lead time ({@code stage}: days ahead, such as {@code "7"}) or has passed
 * ({@code "OVERDUE"}). Published by every reminder run for every such deadline, so a listener that must act
 * once keys what it did by {@link Deadline#key()} and the stage.
 */
public record DeadlineReached(Deadline deadline, String stage) {}
