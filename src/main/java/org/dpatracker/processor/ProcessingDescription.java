package org.dpatracker.processor;

import java.util.Set;

/** Art. 28(3) GDPR and Annex II of the clauses 2021/915: what is processed, about whom, how, why and how long. */
public record ProcessingDescription(
        String subjectMatter,
        String services,
        String nature,
        String purposes,
        String dataSubjects,
        String personalData,
        Set<SpecialCategory> specialCategories,
        String specialSafeguards,
        String duration) {

    public ProcessingDescription {
        specialCategories = specialCategories == null ? Set.of() : Set.copyOf(specialCategories);
    }
}
