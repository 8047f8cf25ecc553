package org.dpatracker.responsible;

/** A user who may look after agreements: one who edits the register. */
public record ResponsiblePerson(long id, String username, String displayName) {}
