package org.dpatracker.responsible;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who looks after an agreement: reviews it, answers change notices, follows up audits. Each change is
 * recorded in the history, so the accountability (Art. 5(2) GDPR) for the register stays traceable.
 */
@Service
public class ResponsiblePersonService {

    static final String ENTITY = "agreement-responsible";

    /** At most this many agreements in one bulk action. */
    public static final int MAX_BULK = 1000;

    private final ResponsibleRepository repository;
    private final ChangeRecorder history;

    ResponsiblePersonService(ResponsibleRepository repository, ChangeRecorder history) {
        this.repository = repository;
        this.history = history;
    }

    /** The users who may be named: the enabled ones who edit the register. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ResponsiblePerson> candidates() {
        return repository.candidates();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<Long> responsibleOf(long agreementId) {
        return Optional.ofNullable(
                repository.responsibleOf(List.of(agreementId)).get(agreementId));
    }

    /** The user who looks after the agreement, if one is named. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<ResponsiblePerson> personOf(long agreementId) {
        return repository.personOf(agreementId);
    }

    /** Names the user responsible for the agreement ({@code null}: nobody in particular). */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public void assign(long agreementId, Long userId) {
        assignAll(List.of(agreementId), userId);
    }

    /** Names one responsible user for many agreements at once, e.g. those selected in the register. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public BulkResult assignAll(Collection<Long> agreementIds, Long userId) {
        new Validation()
                .require(!agreementIds.isEmpty(), "agreements", "responsible.validation.none-selected")
                .require(agreementIds.size() <= MAX_BULK, "agreements", "responsible.validation.too-many")
                .require(
                        userId == null || repository.candidates().stream().anyMatch(person -> person.id() == userId),
                        "responsibleUserId",
                        "responsible.validation.user")
                .throwIfInvalid();
        Map<Long, Long> before = repository.responsibleOf(agreementIds);
        int changed = 0;
        for (Long agreementId : agreementIds.stream().distinct().toList()) {
            if (!before.containsKey(agreementId) || Objects.equals(before.get(agreementId), userId)) {
                continue;
            }
            Long previous = before.get(agreementId);
            repository.assign(agreementId, userId);
            if (previous == null) {
                history.inserted(ENTITY, agreementId, state(userId));
            } else if (userId == null) {
                history.deleted(ENTITY, agreementId, state(previous));
            } else {
                history.updated(ENTITY, agreementId, state(previous), state(userId));
            }
            changed++;
        }
        return new BulkResult(changed, agreementIds.size() - changed);
    }

    static Map<String, ?> state(long userId) {
        return Map.of("responsibleUserId", userId);
    }
}
