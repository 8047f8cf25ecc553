package org.dpatracker.processor.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.LocationRules;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/** Checks every value of an import before anything is saved, naming the line and column of each problem. */
final class RowChecker {

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> ownCompanies;

    RowChecker(Set<String> ownCompanies) {
        this.ownCompanies = ownCompanies;
    }

    List<ImportProblem> check(List<SourceRow> rows) {
        if (rows.isEmpty()) {
            problems.add(new ImportProblem("", "", "import.empty", List.of()));
            return problems;
        }
        Map<String, List<SourceRow>> byAgreement = new LinkedHashMap<>();
        for (SourceRow source : rows) {
            if (source.row().agreementRef() == null) {
                problem(source, "agreement_ref", "import.required");
                continue;
            }
            byAgreement
                    .computeIfAbsent(source.row().agreementRef(), ref -> new ArrayList<>())
                    .add(source);
        }
        byAgreement.values().forEach(this::checkAgreement);
        return problems;
    }

    private void checkAgreement(List<SourceRow> rows) {
        SourceRow first = rows.getFirst();
        RegisterRow head = first.row();
        if (head.controller() == null) {
            problem(first, "controller", "import.required");
        } else if (!ownCompanies.contains(head.controller().toLowerCase(java.util.Locale.ROOT))) {
            problem(first, "controller", "import.unknown-controller", head.controller());
        }
        required(first, "processor", head.processor());
        required(first, "subject_matter", head.subjectMatter());
        country(first, "processor_country", head.processorCountry(), false);
        enumValue(first, "status", head.status(), AgreementStatus.class);
        enumValue(first, "authorisation", head.authorisation(), Authorisation.class);
        integer(first, "objection_days", head.objectionDays(), 0, 3650);
        Set<String> parties = new HashSet<>();
        rows.stream()
                .map(source -> source.row().party())
                .filter(java.util.Objects::nonNull)
                .forEach(parties::add);
        for (SourceRow source : rows) {
            RegisterRow row = source.row();
            if (row.party() != null) {
                required(source, "service", row.service());
                country(source, "party_country", row.partyCountry(), false);
                enumValue(source, "approval", row.approval(), ApprovalState.class);
                if (row.engagedBy() != null
                        && (!parties.contains(row.engagedBy())
                                || row.engagedBy().equals(row.party()))) {
                    problem(source, "engaged_by", "import.unknown-party", row.engagedBy());
                }
            }
            country(source, "location_country", row.locationCountry(), true);
            enumValue(source, "mechanism", row.mechanism(), TransferMechanism.class);
            integer(source, "scc_module", row.sccModule(), 1, 4);
            if ("SCC_2021".equals(row.mechanism()) && row.sccModule() == null) {
                problem(source, "scc_module", "location.validation.scc-module");
            }
            if ("ART_49_DEROGATION".equalsIgnoreCase(row.mechanism())
                    && !LocationRules.isDerogation(
                            row.derogation() == null ? null : row.derogation().toLowerCase(java.util.Locale.ROOT))) {
                problem(source, "derogation", "location.validation.derogation");
            }
            if (row.locationCountry() == null && (row.mechanism() != null || row.locationRegion() != null)) {
                problem(source, "location_country", "import.required");
            }
        }
    }

    private void required(SourceRow source, String column, String value) {
        if (value == null) {
            problem(source, column, "import.required");
        }
    }

    private void country(SourceRow source, String column, String value, boolean location) {
        if (value != null && (location ? Countries.normaliseLocation(value) : Countries.normalise(value)).isEmpty()) {
            problem(source, column, "validation.country", value);
        }
    }

    private <E extends Enum<E>> void enumValue(SourceRow source, String column, String value, Class<E> type) {
        if (value == null) {
            return;
        }
        try {
            Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem(
                    source,
                    column,
                    "import.unknown-value",
                    value,
                    String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
        }
    }

    private void integer(SourceRow source, String column, String value, int min, int max) {
        if (value == null) {
            return;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(source, column, "import.out-of-range", value, min, max);
            }
        } catch (NumberFormatException notANumber) {
            problem(source, column, "import.not-a-number", value);
        }
    }

    private void problem(SourceRow source, String column, String key, Object... arguments) {
        problems.add(new ImportProblem(source.line(), column, key, List.of(arguments)));
    }
}
