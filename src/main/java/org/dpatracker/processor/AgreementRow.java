package org.dpatracker.processor;

import java.time.LocalDate;
import java.util.Set;
import org.dpatracker.redflag.RedFlagType;

/** One line of the processor list; {@code responsibleName} is null where nobody looks after the agreement. */
public record AgreementRow(
        long id,
        String processorName,
        String processorCountry,
        String controllerName,
        String subjectMatter,
        AgreementStatus status,
        int subprocessorCount,
        Set<String> countries,
        Set<RedFlagType> redFlags,
        LocalDate nextReview,
        String responsibleName) {}
