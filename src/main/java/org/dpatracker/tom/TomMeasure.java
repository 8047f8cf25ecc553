package org.dpatracker.tom;

/**
 * One measure of a catalogue. The code is its stable id: checklists point to it, and labels may be
 * corrected without changing what was recorded ("Zugangskontrolle" meant different things over time).
 */
public record TomMeasure(
        Long id,
        int version,
        long catalogueId,
        String code,
        Bilingual group,
        Bilingual name,
        String reference,
        int sortOrder,
        boolean builtIn) {}
