package org.dpatracker.transfer;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curated list of adequacy decisions (Art. 45 GDPR). It ships with the decisions known when
 * the release was made; administrators keep it current, and every change is in the history.
 */
@Service
public class AdequacyService {

    static final String ENTITY = "adequacy";

    private final AdequacyRepository repository;
    private final ChangeRecorder history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdequacyService(
            AdequacyRepository repository, ChangeRecorder history, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Today in the application's clock, against which sunset and verification dates are read. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @RolesAllowed({Permission.Names.REGISTER_READ, Permission.Names.CATALOGUES_MANAGE})
    @Transactional(readOnly = true)
    public List<AdequacyDecision> findAll() {
        return repository.findAll();
    }

    /** Adds a decision, or saves changes to it when {@code isNew} is false. */
    @RolesAllowed(Permission.Names.CATALOGUES_MANAGE)
    @Transactional
    public AdequacyDecision save(AdequacyDecision input, boolean isNew) {
        String country = Countries.normalise(input.country()).orElse(null);
        Validation validation = new Validation()
                .require(
                        country != null && !Countries.isInEea(country),
                        "country",
                        "adequacy.validation.country",
                        String.valueOf(input.country()))
                .require(input.verifiedOn() != null, "verifiedOn", "validation.required");
        validation.requireText(input.decision(), "decision", 300);
        validation.throwIfInvalid();
        AdequacyDecision decision = new AdequacyDecision(
                country,
                input.decision().trim(),
                input.decidedOn(),
                input.scope(),
                input.scopeLimits(),
                input.validUntil(),
                input.verifiedOn(),
                input.version());
        if (isNew) {
            new Validation()
                    .require(repository.find(country).isEmpty(), "country", "adequacy.validation.exists")
                    .throwIfInvalid();
            repository.insert(decision);
            history.inserted(ENTITY, country, state(repository.find(country).orElseThrow()));
        } else {
            AdequacyDecision before =
                    repository.find(country).orElseThrow(() -> new ConcurrentEditException(ENTITY, country));
            if (!repository.update(decision)) {
                throw new ConcurrentEditException(ENTITY, country);
            }
            history.updated(
                    ENTITY,
                    country,
                    state(before),
                    state(repository.find(country).orElseThrow()));
        }
        events.publishEvent(new AdequacyListChanged());
        return repository.find(country).orElseThrow();
    }

    /** Removes a decision that was repealed or annulled. */
    @RolesAllowed(Permission.Names.CATALOGUES_MANAGE)
    @Transactional
    public void remove(String country) {
        AdequacyDecision before =
                repository.find(country).orElseThrow(() -> new ConcurrentEditException(ENTITY, country));
        repository.delete(country);
        history.deleted(ENTITY, country, state(before));
        events.publishEvent(new AdequacyListChanged());
    }

    private static Map<String, Object> state(AdequacyDecision d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("decision", d.decision());
        state.put("decidedOn", d.decidedOn());
        state.put("scope", d.scope());
        state.put("scopeLimits", d.scopeLimits());
        state.put("validUntil", d.validUntil());
        state.put("verifiedOn", d.verifiedOn());
        state.put("version", d.version());
        return state;
    }
}
