package org.dpatracker.tom;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementFactsChanged;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures each party of an agreement takes: one checklist per party (the processor, each
 * subprocessor or data centre), started from a catalogue or copied from another agreement.
 * Measures recorded as missing become red flags of the agreement.
 */
@Service
public class TomChecklistService {

    static final String CHECKLIST = "tom-checklist";
    static final String ENTRY = "tom-entry";

    private final TomChecklistRepository checklists;
    private final TomCatalogueRepository catalogues;
    private final AgreementService agreements;
    private final ApplicationEventPublisher events;
    private final ChangeRecorder history;

    TomChecklistService(
            TomChecklistRepository checklists,
            TomCatalogueRepository catalogues,
            AgreementService agreements,
            ApplicationEventPublisher events,
            ChangeRecorder history) {
        this.checklists = checklists;
        this.catalogues = catalogues;
        this.agreements = agreements;
        this.events = events;
        this.history = history;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<TomChecklist> ofAgreement(long agreementId) {
        return checklists.findByAgreement(agreementId);
    }

    /** The checklists of the whole register that can be copied into another agreement. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ChecklistSource> copySources() {
        return checklists.sources();
    }

    /** Starts a checklist for a party from a catalogue: every measure, not yet assessed. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public TomChecklist start(long agreementId, Long subprocessorId, long catalogueId) {
        TomCatalogue catalogue = catalogues.findCatalogue(catalogueId).orElse(null);
        checkParty(agreementId, subprocessorId, catalogue != null, catalogueId);
        long id = create(agreementId, subprocessorId, catalogueId);
        for (TomMeasure measure : catalogue.measures()) {
            insertEntry(new TomEntry(null, 0, id, measure.id(), MeasureStatus.OPEN, null, null, null, null, null));
        }
        return checklists.findById(id).orElseThrow();
    }

    /**
     * Copies another checklist for a party of this agreement: statuses, descriptions and evidence;
     * the verification is not copied, since nobody has verified this party yet.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public TomChecklist copy(long sourceChecklistId, long agreementId, Long subprocessorId) {
        TomChecklist source = checklists.findById(sourceChecklistId).orElse(null);
        new Validation()
                .require(source != null, "source", "validation.required")
                .throwIfInvalid();
        checkParty(agreementId, subprocessorId, true, source.catalogueId());
        long id = create(agreementId, subprocessorId, source.catalogueId());
        for (TomEntry entry : source.entries()) {
            insertEntry(new TomEntry(
                    null,
                    0,
                    id,
                    entry.measureId(),
                    entry.status(),
                    entry.description(),
                    entry.evidenceKind(),
                    entry.evidence(),
                    null,
                    null));
        }
        events.publishEvent(new AgreementFactsChanged(agreementId));
        return checklists.findById(id).orElseThrow();
    }

    /**
     * Saves one measure of a checklist. A measure claimed as taken needs a concrete description;
     * the verifier is whoever records a new verification date.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public TomEntry saveEntry(TomEntry input) {
        TomEntry before =
                checklists.findEntry(input.id()).orElseThrow(() -> new ConcurrentEditException(ENTRY, input.id()));
        Validation validation = new Validation()
                .require(input.status() != null, "status", "validation.required")
                .require(
                        input.description() == null || input.description().length() <= 4000,
                        "description",
                        "validation.too-long",
                        4000)
                .require(
                        input.evidence() == null || input.evidence().length() <= 1000,
                        "evidence",
                        "validation.too-long",
                        1000)
                .require(
                        input.evidenceKind() == null || Strings.hasText(input.evidence()),
                        "evidence",
                        "tom.validation.evidence")
                .require(
                        input.status() == null
                                || !input.status().claimsMeasure()
                                || Strings.hasText(input.description()),
                        "description",
                        "tom.validation.description");
        validation.throwIfInvalid();
        boolean newVerification =
                input.verifiedOn() != null && !input.verifiedOn().equals(before.verifiedOn());
        TomEntry entry = new TomEntry(
                before.id(),
                input.version(),
                before.checklistId(),
                before.measureId(),
                input.status(),
                Strings.trimmedOrNull(input.description()),
                input.evidenceKind(),
                Strings.trimmedOrNull(input.evidence()),
                input.verifiedOn(),
                input.verifiedOn() == null ? null : newVerification ? CurrentUser.name() : before.verifiedBy());
        if (!checklists.updateEntry(entry)) {
            throw new ConcurrentEditException(ENTRY, input.id());
        }
        TomEntry after = checklists.findEntry(input.id()).orElseThrow();
        history.updated(ENTRY, input.id(), before.historyState(), after.historyState());
        if (before.status() != after.status()) {
            events.publishEvent(new AgreementFactsChanged(
                    checklists.findById(after.checklistId()).orElseThrow().agreementId()));
        }
        return after;
    }

    /**
     * Gives the measures {@code entryIds} of one checklist one status in one step, each changed measure recorded
     * on its own in the history. Refused as a whole, nothing changed, when a measure claimed as taken would have
     * no description (as {@link #saveEntry} refuses it).
     *
     * @return the checklist after the change
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public TomChecklist markAll(long checklistId, Collection<Long> entryIds, MeasureStatus status) {
        TomChecklist checklist = checklists.findById(checklistId).orElse(null);
        new Validation()
                .require(checklist != null, "checklist", "validation.required")
                .require(status != null, "status", "validation.required")
                .throwIfInvalid();
        List<TomEntry> changed = checklist.entries().stream()
                .filter(entry -> entryIds.contains(entry.id()) && entry.status() != status)
                .toList();
        long withoutDescription = changed.stream()
                .filter(entry -> !Strings.hasText(entry.description()))
                .count();
        new Validation()
                .require(
                        !status.claimsMeasure() || withoutDescription == 0,
                        "status",
                        "tom.validation.mark-all-description",
                        withoutDescription)
                .throwIfInvalid();
        for (TomEntry before : changed) {
            TomEntry entry = new TomEntry(
                    before.id(),
                    before.version(),
                    before.checklistId(),
                    before.measureId(),
                    status,
                    before.description(),
                    before.evidenceKind(),
                    before.evidence(),
                    before.verifiedOn(),
                    before.verifiedBy());
            if (!checklists.updateEntry(entry)) {
                throw new ConcurrentEditException(ENTRY, before.id());
            }
            history.updated(
                    ENTRY,
                    before.id(),
                    before.historyState(),
                    checklists.findEntry(before.id()).orElseThrow().historyState());
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new AgreementFactsChanged(checklist.agreementId()));
        }
        return checklists.findById(checklistId).orElseThrow();
    }

    private void checkParty(long agreementId, Long subprocessorId, boolean catalogueExists, long catalogueId) {
        AgreementDetail agreement = agreements.detail(agreementId).orElse(null);
        new Validation()
                .require(agreement != null, "agreementId", "validation.required")
                .require(catalogueExists, "catalogueId", "validation.required")
                .require(
                        agreement == null
                                || subprocessorId == null
                                || agreement.subprocessors().stream()
                                        .anyMatch(s -> Objects.equals(s.id(), subprocessorId)),
                        "party",
                        "tom.validation.party")
                .require(
                        agreement == null || !checklists.exists(agreementId, subprocessorId, catalogueId),
                        "party",
                        "tom.validation.exists")
                .throwIfInvalid();
    }

    /** Each entry is recorded, so that the verification can tell an entry added behind the application. */
    private void insertEntry(TomEntry entry) {
        long entryId = checklists.insertEntry(entry);
        history.inserted(
                ENTRY, entryId, checklists.findEntry(entryId).orElseThrow().historyState());
    }

    private long create(long agreementId, Long subprocessorId, long catalogueId) {
        long id = checklists.insertChecklist(agreementId, subprocessorId, catalogueId);
        history.inserted(
                CHECKLIST,
                id,
                Map.of(
                        "agreementId",
                        agreementId,
                        "party",
                        subprocessorId == null ? "processor" : "subprocessor " + subprocessorId,
                        "catalogueId",
                        catalogueId));
        return id;
    }
}
