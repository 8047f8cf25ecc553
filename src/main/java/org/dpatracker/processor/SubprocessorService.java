package org.dpatracker.processor;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subprocessors of an agreement at any depth, with their processing locations. */
@Service
public class SubprocessorService {

    static final String ENTITY = "subprocessor";

    private final SubprocessorRepository subprocessors;
    private final AgreementRepository agreements;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final ChangeRecorder history;

    SubprocessorService(
            SubprocessorRepository subprocessors,
            AgreementRepository agreements,
            OrganisationService organisations,
            ApplicationEventPublisher events,
            ChangeRecorder history) {
        this.subprocessors = subprocessors;
        this.agreements = agreements;
        this.organisations = organisations;
        this.events = events;
        this.history = history;
    }

    /** Adds the subprocessor, or saves changes to it when it has an id. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Subprocessor save(Subprocessor input) {
        Subprocessor subprocessor = AgreementRules.checked(input);
        List<Subprocessor> siblings = subprocessors.findByAgreement(subprocessor.agreementId());
        new Validation()
                .require(
                        agreements.findById(subprocessor.agreementId()).isPresent(),
                        "agreementId",
                        "validation.required")
                .require(
                        organisations.findById(subprocessor.organisationId()).isPresent(),
                        "organisationId",
                        "validation.required")
                .require(
                        subprocessor.parentId() == null || validParent(subprocessor, siblings),
                        "parentId",
                        "subprocessor.validation.parent")
                .throwIfInvalid();
        Subprocessor saved = history.save(
                ENTITY,
                subprocessor.id(),
                new IdWrite<>(
                        () -> subprocessors.insert(subprocessor),
                        before -> subprocessors.update(subprocessor),
                        subprocessors::findById,
                        Subprocessor::historyState));
        events.publishEvent(new AgreementFactsChanged(saved.agreementId()));
        return saved;
    }

    /** Takes a subprocessor off the agreement from the given day on; it stays in the list of earlier days. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Subprocessor remove(long id, int version, java.time.LocalDate removedOn) {
        Subprocessor before = subprocessors.findById(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
        if (!subprocessors.remove(id, version, removedOn)) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        Subprocessor after = subprocessors.findById(id).orElseThrow();
        Map<String, Object> state = new java.util.LinkedHashMap<>(after.historyState());
        state.put("removedOn", removedOn);
        history.updated(ENTITY, id, before.historyState(), state);
        events.publishEvent(new AgreementFactsChanged(after.agreementId()));
        return after;
    }

    /** The agreement's subprocessor list as it stood on the given day. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Subprocessor> listAsOf(long agreementId, java.time.LocalDate day) {
        return subprocessors.findAsOf(agreementId, day);
    }

    /**
     * What changed in the agreement's subprocessor list between two days: who came, who left, whose locations changed.
     */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public SubprocessorListDiff diff(long agreementId, java.time.LocalDate from, java.time.LocalDate to) {
        List<Subprocessor> before = subprocessors.findAsOf(agreementId, from);
        List<Subprocessor> after = subprocessors.findAsOf(agreementId, to);
        java.util.Set<Long> beforeIds =
                before.stream().map(Subprocessor::id).collect(java.util.stream.Collectors.toSet());
        java.util.Set<Long> afterIds =
                after.stream().map(Subprocessor::id).collect(java.util.stream.Collectors.toSet());
        java.util.Map<Long, Subprocessor> earlier =
                before.stream().collect(java.util.stream.Collectors.toMap(Subprocessor::id, s -> s));
        List<SubprocessorListDiff.LocationChange> changed = after.stream()
                .filter(s -> earlier.containsKey(s.id()))
                .filter(s ->
                        !LocationRepository.sameLocations(earlier.get(s.id()).locations(), s.locations()))
                .map(s -> new SubprocessorListDiff.LocationChange(
                        s, earlier.get(s.id()).locations(), s.locations()))
                .toList();
        return new SubprocessorListDiff(
                after.stream().filter(s -> !beforeIds.contains(s.id())).toList(),
                before.stream().filter(s -> !afterIds.contains(s.id())).toList(),
                changed);
    }

    /** The parent belongs to the same agreement and is not the subprocessor itself or one it engaged. */
    private static boolean validParent(Subprocessor subprocessor, List<Subprocessor> siblings) {
        Map<Long, Long> parents = new HashMap<>();
        siblings.forEach(s -> parents.put(s.id(), s.parentId()));
        if (!parents.containsKey(subprocessor.parentId())) {
            return false;
        }
        Long current = subprocessor.parentId();
        while (current != null) {
            if (current.equals(subprocessor.id())) {
                return false;
            }
            current = parents.get(current);
        }
        return true;
    }
}
