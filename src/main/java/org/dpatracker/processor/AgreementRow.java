package org.dpatracker.processor;

import java.time.LocalDate;
import java.util.Set;
import org.dpatracker.redflag.RedFlagType;

/** One line of the processor list. */
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
        LocalDate nextReview) {}
