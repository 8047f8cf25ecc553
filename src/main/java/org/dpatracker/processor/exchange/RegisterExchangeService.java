package org.dpatracker.processor.exchange;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Validation;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementDocument;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.processor.SubprocessorTerms;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.TransferMechanism;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of agreements with subprocessors and locations (CSV, XLSX, JSON, one row per
 * location). An import is all-or-nothing: every row is checked first, and any problem refuses the
 * whole file with the line and column of each problem.
 */
@Service
public class RegisterExchangeService {

    /** The largest import file. */
    public static final int MAX_FILE_BYTES = ImportLimits.MAX_FILE_BYTES;

    /** At most this many selected agreements in one export. */
    public static final int MAX_SELECTED = 1000;

    private static final int EXPORT_PAGE = 500;

    private final AgreementService agreements;
    private final SubprocessorService subprocessors;
    private final OrganisationService organisations;

    RegisterExchangeService(
            AgreementService agreements, SubprocessorService subprocessors, OrganisationService organisations) {
        this.agreements = agreements;
        this.subprocessors = subprocessors;
        this.organisations = organisations;
    }

    /** An example file in the given format: the template users fill in. */
    public byte[] template(ExchangeFormat format) {
        return RowFiles.write(
                format,
                List.of(
                        RegisterRow.of(List.of(
                                "A1",
                                "Our Company GmbH",
                                "Example Cloud GmbH",
                                "DE",
                                "SIGNED",
                                "Hosting of the customer portal",
                                "Operation of the portal",
                                "Customers",
                                "Name, e-mail address",
                                "GENERAL",
                                "14",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "DE",
                                "Frankfurt")),
                        RegisterRow.of(List.of(
                                "A1",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "Example Support Inc.",
                                "US",
                                "",
                                "Second-level support",
                                "AUTHORISED",
                                "US",
                                "",
                                "SCC_2021",
                                "2",
                                "TIA 2026-03"))));
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ImportResult importFile(ExchangeFormat format, InputStream in) {
        List<SourceRow> rows = RowFiles.read(format, in);
        Map<String, Organisation> ownCompanies = organisations.findAll(null).stream()
                .filter(Organisation::ownCompany)
                .collect(Collectors.toMap(o -> o.name().toLowerCase(Locale.ROOT), o -> o, (a, b) -> a));
        List<ImportProblem> problems = new RowChecker(ownCompanies.keySet()).check(rows);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        Map<String, List<SourceRow>> byAgreement = new LinkedHashMap<>();
        rows.forEach(row -> byAgreement
                .computeIfAbsent(row.row().agreementRef(), ref -> new ArrayList<>())
                .add(row));
        int agreementCount = 0;
        int subprocessorCount = 0;
        int locationCount = 0;
        for (List<SourceRow> group : byAgreement.values()) {
            try {
                ImportResult saved = saveAgreement(group, ownCompanies);
                agreementCount += saved.agreements();
                subprocessorCount += saved.subprocessors();
                locationCount += saved.locations();
            } catch (InvalidInputException refused) {
                throw new ImportRefusedException(refused.problems().stream()
                        .map(p -> new ImportProblem(group.getFirst().line(), p.field(), p.messageKey(), p.arguments()))
                        .toList());
            }
        }
        return new ImportResult(agreementCount, subprocessorCount, locationCount);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public byte[] export(RegisterFilter filter, ExchangeFormat format) {
        List<RegisterRow> rows = new ArrayList<>();
        int total = agreements.count(filter);
        for (int offset = 0; offset < total; offset += EXPORT_PAGE) {
            for (AgreementRow row : agreements.findPage(filter, List.of(), offset, EXPORT_PAGE)) {
                agreements.detail(row.id()).ifPresent(detail -> rows.addAll(rowsOf(detail)));
            }
        }
        return RowFiles.write(format, rows);
    }

    /** The agreements selected in the register, in the order given, in the same layout as the export of a filter. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public byte[] exportSelected(Collection<Long> agreementIds, ExchangeFormat format) {
        new Validation()
                .require(!agreementIds.isEmpty(), "agreements", "responsible.validation.none-selected")
                .require(agreementIds.size() <= MAX_SELECTED, "agreements", "responsible.validation.too-many")
                .throwIfInvalid();
        List<RegisterRow> rows = new ArrayList<>();
        for (Long id : agreementIds) {
            agreements.detail(id).ifPresent(detail -> rows.addAll(rowsOf(detail)));
        }
        return RowFiles.write(format, rows);
    }

    private ImportResult saveAgreement(List<SourceRow> group, Map<String, Organisation> ownCompanies) {
        RegisterRow head = group.getFirst().row();
        Organisation controller = ownCompanies.get(head.controller().toLowerCase(Locale.ROOT));
        Organisation processor = organisations.findOrCreate(organisation(head.processor(), head.processorCountry()));
        List<ProcessingLocation> processorLocations = group.stream()
                .map(SourceRow::row)
                .filter(row -> row.party() == null && row.locationCountry() != null)
                .map(RegisterExchangeService::location)
                .toList();
        Agreement agreement = agreements.save(Agreement.withProcessor(
                null,
                0,
                controller.id(),
                processor.id(),
                head.status() == null
                        ? AgreementStatus.DRAFT
                        : AgreementStatus.valueOf(head.status().toUpperCase(Locale.ROOT)),
                null,
                new ProcessingDescription(
                        head.subjectMatter(),
                        null,
                        null,
                        head.purposes(),
                        head.dataSubjects(),
                        head.personalData(),
                        Set.of(),
                        null,
                        null),
                AgreementDocument.EMPTY,
                new SubprocessorTerms(
                        head.authorisation() == null
                                ? null
                                : Authorisation.valueOf(head.authorisation().toUpperCase(Locale.ROOT)),
                        null,
                        head.objectionDays() == null ? null : Integer.valueOf(head.objectionDays())),
                false,
                null,
                "Import",
                processorLocations));

        Map<String, List<RegisterRow>> byParty = new LinkedHashMap<>();
        group.stream()
                .map(SourceRow::row)
                .filter(row -> row.party() != null)
                .forEach(row -> byParty.computeIfAbsent(row.party(), party -> new ArrayList<>())
                        .add(row));
        Map<String, Long> savedIds = new HashMap<>();
        int locations = processorLocations.size();
        while (savedIds.size() < byParty.size()) {
            int before = savedIds.size();
            for (Map.Entry<String, List<RegisterRow>> party : byParty.entrySet()) {
                RegisterRow first = party.getValue().getFirst();
                boolean ready = first.engagedBy() == null || savedIds.containsKey(first.engagedBy());
                if (savedIds.containsKey(party.getKey()) || !ready) {
                    continue;
                }
                List<ProcessingLocation> partyLocations = party.getValue().stream()
                        .filter(row -> row.locationCountry() != null)
                        .map(RegisterExchangeService::location)
                        .toList();
                Organisation organisation =
                        organisations.findOrCreate(organisation(party.getKey(), first.partyCountry()));
                Subprocessor saved = subprocessors.save(new Subprocessor(
                        null,
                        0,
                        agreement.id(),
                        first.engagedBy() == null ? null : savedIds.get(first.engagedBy()),
                        organisation.id(),
                        first.service(),
                        false,
                        null,
                        first.approval() == null
                                ? ApprovalState.AUTHORISED
                                : ApprovalState.valueOf(first.approval().toUpperCase(Locale.ROOT)),
                        partyLocations));
                savedIds.put(party.getKey(), saved.id());
                locations += partyLocations.size();
            }
            if (savedIds.size() == before) {
                // Every remaining party is engaged by another remaining one: a circle.
                throw new ImportRefusedException(List.of(new ImportProblem(
                        group.getFirst().line(),
                        "engaged_by",
                        "import.engaged-in-circle",
                        List.of(head.agreementRef()))));
            }
        }
        return new ImportResult(1, byParty.size(), locations);
    }

    private static List<RegisterRow> rowsOf(AgreementDetail detail) {
        Agreement a = detail.agreement();
        String ref = "A" + a.id();
        List<RegisterRow> rows = new ArrayList<>();
        List<String> head = List.of(
                ref,
                detail.controller().name(),
                detail.processor().name(),
                nullToEmpty(detail.processor().country()),
                a.status().name(),
                nullToEmpty(a.processing().subjectMatter()),
                nullToEmpty(a.processing().purposes()),
                nullToEmpty(a.processing().dataSubjects()),
                nullToEmpty(a.processing().personalData()),
                a.subprocessorTerms().authorisation() == null
                        ? ""
                        : a.subprocessorTerms().authorisation().name(),
                a.subprocessorTerms().objectionPeriodDays() == null
                        ? ""
                        : a.subprocessorTerms().objectionPeriodDays().toString());
        if (a.locations().isEmpty()) {
            rows.add(row(head, List.of("", "", "", "", ""), null));
        }
        a.locations().forEach(location -> rows.add(row(head, List.of("", "", "", "", ""), location)));
        Map<Long, String> names = new HashMap<>();
        detail.subprocessors()
                .forEach(s -> names.put(s.id(), detail.organisationOf(s).name()));
        for (Subprocessor s : detail.subprocessors()) {
            Organisation organisation = detail.organisationOf(s);
            List<String> party = List.of(
                    organisation.name(),
                    nullToEmpty(organisation.country()),
                    s.parentId() == null ? "" : names.get(s.parentId()),
                    s.service(),
                    s.approval().name());
            List<String> reference =
                    List.of(ref, detail.controller().name(), detail.processor().name(), "", "", "", "", "", "", "", "");
            if (s.locations().isEmpty()) {
                rows.add(row(reference, party, null));
            }
            s.locations().forEach(location -> rows.add(row(reference, party, location)));
        }
        return rows;
    }

    private static RegisterRow row(List<String> head, List<String> party, ProcessingLocation location) {
        List<String> values = new ArrayList<>(head);
        values.addAll(party);
        if (location != null) {
            values.addAll(List.of(
                    location.country(),
                    nullToEmpty(location.region()),
                    location.mechanism() == null ? "" : location.mechanism().name(),
                    location.sccModule() == null ? "" : location.sccModule().toString(),
                    nullToEmpty(location.safeguardsReference()),
                    nullToEmpty(location.derogation())));
        }
        return RegisterRow.of(values);
    }

    private static ProcessingLocation location(RegisterRow row) {
        return new ProcessingLocation(
                null,
                row.locationCountry(),
                row.locationRegion(),
                row.mechanism() == null
                        ? null
                        : TransferMechanism.valueOf(row.mechanism().toUpperCase(Locale.ROOT)),
                row.sccModule() == null ? null : Integer.valueOf(row.sccModule()),
                row.derogation() == null ? null : row.derogation().toLowerCase(Locale.ROOT),
                row.safeguardsReference());
    }

    private static Organisation organisation(String name, String country) {
        return Organisation.withoutSubdivision(
                null, name, null, null, null, null, country, null, null, null, false, 0, List.of());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** How much an import added. */
    public record ImportResult(int agreements, int subprocessors, int locations) {}
}
