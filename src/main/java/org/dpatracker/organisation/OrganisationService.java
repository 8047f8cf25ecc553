package org.dpatracker.organisation;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.Countries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their certifications; each is recorded once and shared by all agreements. */
@Service
public class OrganisationService {

    static final String ENTITY = "organisation";

    private final OrganisationRepository repository;
    private final ChangeRecorder history;
    private final ApplicationEventPublisher events;

    OrganisationService(OrganisationRepository repository, ChangeRecorder history, ApplicationEventPublisher events) {
        this.repository = repository;
        this.history = history;
        this.events = events;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Organisation> findAll(String filter) {
        return repository.findAll(filter);
    }

    /** Our own companies: the controllers of agreements and records. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Organisation> ownCompanies() {
        return repository.ownCompanies();
    }

    /** One page of the organisations whose name contains {@code filter}, by name. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Organisation> findPage(String filter, int offset, int limit) {
        return repository.findPage(filter, offset, limit);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public int count(String filter) {
        return repository.count(filter);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<Organisation> findById(long id) {
        return repository.findById(id);
    }

    /** The organisations with these ids, in one query rather than one each; unknown ids are left out. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Map<Long, Organisation> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByIds(ids).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /** Creates the organisation, or saves changes to it when it has an id. Returns it as stored. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Organisation save(Organisation input) {
        Organisation organisation = OrganisationRules.checked(input);
        new Validation()
                .require(
                        !repository.nameTaken(organisation.name(), organisation.country(), organisation.id()),
                        "name",
                        "organisation.validation.name-taken")
                .throwIfInvalid();
        Organisation saved = history.save(
                ENTITY,
                organisation.id(),
                new IdWrite<>(
                        () -> repository.insert(organisation),
                        before -> repository.update(organisation),
                        repository::findById,
                        Organisation::historyState));
        if (organisation.id() != null) {
            events.publishEvent(new OrganisationChanged(saved.id()));
        }
        return saved;
    }

    /** Finds an organisation by name and country or creates it: what the demo data and imports need. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Organisation findOrCreate(Organisation candidate) {
        String country = Countries.normalise(candidate.country()).orElse(candidate.country());
        return repository.findAll(candidate.name()).stream()
                .filter(existing ->
                        existing.name().equalsIgnoreCase(candidate.name().trim())
                                && java.util.Objects.equals(existing.country(), country))
                .findFirst()
                .orElseGet(() -> save(candidate));
    }
}
