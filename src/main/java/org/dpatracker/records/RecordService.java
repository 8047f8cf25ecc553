package org.dpatracker.records;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of processing activities (Art. 30 GDPR). The DPO edits and submits activities for
 * review and approves them; editing an approved activity makes it a draft again. Every change is in
 * the history; reviews past their date are flagged.
 */
@Service
public class RecordService {

    static final String ENTITY = "processing-activity";
    private static final int REVIEW_MONTHS = 12;

    private final RecordRepository repository;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final RetentionService retention;
    private final TomChecklistService checklists;
    private final TomCatalogueService catalogues;
    private final ChangeRecorder history;
    private final Clock clock;

    RecordService(
            RecordRepository repository,
            AgreementService agreements,
            OrganisationService organisations,
            RetentionService retention,
            TomChecklistService checklists,
            TomCatalogueService catalogues,
            ChangeRecorder history,
            Clock clock) {
        this.repository = repository;
        this.agreements = agreements;
        this.organisations = organisations;
        this.retention = retention;
        this.checklists = checklists;
        this.catalogues = catalogues;
        this.history = history;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ProcessingActivity> findAll(RecordFilter filter) {
        List<ProcessingActivity> found = repository.find(filter);
        return filter.transfersOnly()
                ? found.stream().filter(a -> !view(a).transfers().isEmpty()).toList()
                : found;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<RecordDetail> view(long id) {
        return repository.findById(id).map(this::view);
    }

    /** The full views of the filtered activities, for the exports. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<RecordDetail> views(RecordFilter filter) {
        return findAll(filter).stream().map(this::view).toList();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<String> departments() {
        return repository.departments();
    }

    /** Adds an activity ({@code id} null) or saves changes; a changed approved activity is a draft again. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ProcessingActivity save(ProcessingActivity input) {
        check(input, false);
        ProcessingActivity draft = trimmed(input).withStatus(RecordStatus.DRAFT, null, null, input.reviewDue());
        return history.save(
                ENTITY,
                input.id(),
                new IdWrite<>(
                        () -> repository.insert(draft),
                        before -> repository.update(draft),
                        repository::findById,
                        ProcessingActivity::historyState));
    }

    /** Sends a draft for review; it must be complete for Art. 30 by then. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ProcessingActivity submit(long id, int version) {
        ProcessingActivity before = repository.findById(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
        new Validation()
                .require(before.status() == RecordStatus.DRAFT, "status", "record.validation.not-draft")
                .throwIfInvalid();
        check(before, true);
        return transition(before, version, before.withStatus(RecordStatus.IN_REVIEW, null, null, before.reviewDue()));
    }

    /** Approves an activity in review; the next review falls due a year later unless a date is set. */
    @RolesAllowed(Permission.Names.RECORDS_APPROVE)
    @Transactional
    public ProcessingActivity approve(long id, int version) {
        ProcessingActivity before = repository.findById(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
        new Validation()
                .require(before.status() == RecordStatus.IN_REVIEW, "status", "record.validation.not-in-review")
                .throwIfInvalid();
        LocalDate today = today();
        LocalDate review = before.reviewDue() != null && before.reviewDue().isAfter(today)
                ? before.reviewDue()
                : today.plusMonths(REVIEW_MONTHS);
        return transition(before, version, before.withStatus(RecordStatus.APPROVED, CurrentUser.name(), today, review));
    }

    /** Sends an activity in review back to draft. */
    @RolesAllowed(Permission.Names.RECORDS_APPROVE)
    @Transactional
    public ProcessingActivity returnToDraft(long id, int version) {
        ProcessingActivity before = repository.findById(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
        new Validation()
                .require(before.status() == RecordStatus.IN_REVIEW, "status", "record.validation.not-in-review")
                .throwIfInvalid();
        return transition(before, version, before.withStatus(RecordStatus.DRAFT, null, null, before.reviewDue()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ProcessingActivity transition(ProcessingActivity before, int version, ProcessingActivity changed) {
        ProcessingActivity versioned = new ProcessingActivity(
                changed.id(),
                version,
                changed.role(),
                changed.name(),
                changed.controllerId(),
                changed.servedControllerId(),
                changed.jointControllers(),
                changed.representative(),
                changed.purposes(),
                changed.legalBases(),
                changed.legalBasisNote(),
                changed.art9Conditions(),
                changed.specialCategories(),
                changed.dataSubjects(),
                changed.personalData(),
                changed.otherRecipients(),
                changed.agreementIds(),
                changed.art49Documentation(),
                changed.erasure(),
                changed.security(),
                changed.dpia(),
                changed.dpiaReference(),
                changed.department(),
                changed.reviewDue(),
                changed.status(),
                changed.approvedBy(),
                changed.approvedOn(),
                changed.source());
        if (!repository.update(versioned)) {
            throw new ConcurrentEditException(ENTITY, before.id());
        }
        ProcessingActivity after = repository.findById(before.id()).orElseThrow();
        history.updated(ENTITY, before.id(), before.historyState(), after.historyState());
        return after;
    }

    /** Checks the input; {@code complete} adds what Art. 30 requires before an activity goes to review. */
    private void check(ProcessingActivity a, boolean complete) {
        Validation validation = new Validation();
        validation.requireText(a.name(), "name", 300);
        validation.requireText(a.purposes(), "purposes", 2000);
        validation.require(a.role() != null, "role", "validation.required");
        Optional<Organisation> controller = organisations.findById(a.controllerId());
        validation
                .require(
                        controller.isPresent() && controller.get().ownCompany(),
                        "controllerId",
                        "record.validation.controller")
                .require(
                        a.role() != RecordRole.PROCESSOR
                                || (a.servedControllerId() != null
                                        && organisations
                                                .findById(a.servedControllerId())
                                                .isPresent()),
                        "servedControllerId",
                        "record.validation.served-controller")
                .require(
                        !a.processesArt9Data() || !a.art9Conditions().isEmpty(),
                        "art9Conditions",
                        "record.validation.art9")
                .require(
                        a.dpia() != DpiaNeed.REQUIRED || !complete || Strings.hasText(a.dpiaReference()),
                        "dpiaReference",
                        "record.validation.dpia-reference");
        for (long agreementId : a.agreementIds()) {
            validation.require(
                    agreements.detail(agreementId).isPresent(), "agreementIds", "record.validation.agreement");
        }
        if (complete) {
            validation
                    .require(
                            a.role() == RecordRole.PROCESSOR || !a.legalBases().isEmpty(),
                            "legalBases",
                            "record.validation.legal-basis")
                    .require(Strings.hasText(a.dataSubjects()), "dataSubjects", "record.validation.data-subjects")
                    .require(Strings.hasText(a.personalData()), "personalData", "record.validation.personal-data");
        }
        for (String text : new String[] {
            a.legalBasisNote(),
            a.dataSubjects(),
            a.personalData(),
            a.otherRecipients(),
            a.art49Documentation(),
            a.erasure(),
            a.security(),
            a.jointControllers()
        }) {
            validation.require(text == null || text.length() <= 2000, "text", "validation.too-long", 2000);
        }
        validation.throwIfInvalid();
    }

    private RecordDetail view(ProcessingActivity activity) {
        List<AgreementDetail> linked = activity.agreementIds().stream()
                .map(agreements::detail)
                .flatMap(Optional::stream)
                .toList();
        Map<Long, TomCatalogue> catalogueById =
                catalogues.findAll().stream().collect(Collectors.toMap(TomCatalogue::id, Function.identity()));
        List<RecordDetail.Retention> rules = new ArrayList<>();
        List<RecordDetail.Measures> measures = new ArrayList<>();
        for (AgreementDetail detail : linked) {
            long id = detail.agreement().id();
            String processor = detail.processor().name();
            retention.rulesOf(id).forEach(rule -> rules.add(new RecordDetail.Retention(id, processor, rule)));
            for (TomChecklist checklist : checklists.ofAgreement(id)) {
                String party = checklist.subprocessorId() == null
                        ? processor
                        : detail.subprocessors().stream()
                                .filter(s -> s.id().equals(checklist.subprocessorId()))
                                .findFirst()
                                .map(s -> detail.organisationOf(s).name())
                                .orElse(processor);
                TomCatalogue catalogue = catalogueById.get(checklist.catalogueId());
                measures.add(new RecordDetail.Measures(
                        id,
                        processor,
                        party,
                        catalogue.code(),
                        checklist.progress().implemented(),
                        checklist.progress().applicable(),
                        checklist.progress().missing()));
            }
        }
        return new RecordDetail(
                activity,
                organisations.findById(activity.controllerId()).orElseThrow(),
                activity.servedControllerId() == null
                        ? null
                        : organisations.findById(activity.servedControllerId()).orElse(null),
                TransferDerivation.recipients(linked),
                TransferDerivation.transfers(linked),
                rules,
                measures);
    }

    private static ProcessingActivity trimmed(ProcessingActivity a) {
        return new ProcessingActivity(
                a.id(),
                a.version(),
                a.role(),
                a.name().trim(),
                a.controllerId(),
                a.servedControllerId(),
                trim(a.jointControllers()),
                trim(a.representative()),
                a.purposes().trim(),
                a.legalBases(),
                trim(a.legalBasisNote()),
                a.art9Conditions(),
                a.specialCategories(),
                trim(a.dataSubjects()),
                trim(a.personalData()),
                trim(a.otherRecipients()),
                a.agreementIds(),
                trim(a.art49Documentation()),
                trim(a.erasure()),
                trim(a.security()),
                a.dpia(),
                trim(a.dpiaReference()),
                trim(a.department()),
                a.reviewDue(),
                a.status(),
                a.approvedBy(),
                a.approvedOn(),
                trim(a.source()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
