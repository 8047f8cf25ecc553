package org.dpatracker.tom;

import java.util.List;

/** A catalogue of measures with a stable code, e.g. the Commission clauses' Annex III or the German controls. */
public record TomCatalogue(
        Long id, int version, String code, Bilingual name, boolean builtIn, List<TomMeasure> measures) {

    public TomCatalogue {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
