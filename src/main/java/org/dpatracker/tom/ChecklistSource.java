package org.dpatracker.tom;

/** A checklist someone may copy: which agreement's processor, which party, which catalogue. */
public record ChecklistSource(
        long checklistId, long agreementId, String processorName, String partyName, long catalogueId) {}
