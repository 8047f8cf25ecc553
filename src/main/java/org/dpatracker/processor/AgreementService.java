package org.dpatracker.processor;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Processor agreements: the register's core. DPOs edit; auditors and managers read. */
@Service
public class AgreementService {

    static final String ENTITY = "agreement";

    private final AgreementRepository agreements;
    private final SubprocessorRepository subprocessors;
    private final RegisterQuery register;
    private final DatedTermsQuery datedTerms;
    private final OrganisationService organisations;
    private final RedFlagRefresher redFlags;
    private final ApplicationEventPublisher events;
    private final ChangeRecorder history;

    AgreementService(
            AgreementRepository agreements,
            SubprocessorRepository subprocessors,
            RegisterQuery register,
            DatedTermsQuery datedTerms,
            OrganisationService organisations,
            RedFlagRefresher redFlags,
            ApplicationEventPublisher events,
            ChangeRecorder history) {
        this.agreements = agreements;
        this.subprocessors = subprocessors;
        this.register = register;
        this.datedTerms = datedTerms;
        this.organisations = organisations;
        this.redFlags = redFlags;
        this.events = events;
        this.history = history;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<AgreementRow> findPage(RegisterFilter filter, List<RegisterSort> sort, int offset, int limit) {
        return register.findPage(filter, sort, offset, limit);
    }

    /** Agreements in force whose next review or end of term is on or before {@code horizon}. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<AgreementDates> datesUpTo(LocalDate horizon) {
        return datedTerms.agreementDates(horizon);
    }

    /** Certificates of the parties of agreements in force that expire on or before {@code horizon}. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<CertificateDue> certificatesUpTo(LocalDate horizon) {
        return datedTerms.certificates(horizon);
    }

    /** The list rows of the given agreements, e.g. the current choice of a picker. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<AgreementRow> rows(List<Long> ids) {
        return register.rows(ids);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public int count(RegisterFilter filter) {
        return register.count(filter);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<AgreementDetail> detail(long id) {
        return agreements.findById(id).map(agreement -> {
            List<Subprocessor> chain = subprocessors.findByAgreement(id);
            // Every party in one query: one query each made the detail cost grow with the chain.
            Set<Long> ids = new HashSet<>(List.of(agreement.controllerId(), agreement.processorId()));
            chain.forEach(s -> ids.add(s.organisationId()));
            Map<Long, Organisation> found = organisations.findByIds(ids);
            Map<Long, Organisation> parties = new HashMap<>();
            chain.forEach(s -> parties.put(s.organisationId(), found.get(s.organisationId())));
            return new AgreementDetail(
                    agreement,
                    found.get(agreement.controllerId()),
                    found.get(agreement.processorId()),
                    chain,
                    parties,
                    redFlags.flagsOf(id));
        });
    }

    /** Creates the agreement, or saves changes to it when it has an id. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Agreement save(Agreement input) {
        Agreement agreement = AgreementRules.checked(input);
        Organisation controller =
                organisations.findById(agreement.controllerId()).orElse(null);
        new Validation()
                .require(
                        controller != null && controller.ownCompany(),
                        "controllerId",
                        "agreement.validation.controller")
                .require(
                        organisations.findById(agreement.processorId()).isPresent(),
                        "processorId",
                        "validation.required")
                .throwIfInvalid();
        Agreement saved = history.save(
                ENTITY,
                agreement.id(),
                new IdWrite<>(
                        () -> agreements.insert(agreement),
                        before -> agreements.update(agreement),
                        agreements::findById,
                        Agreement::historyState));
        events.publishEvent(new AgreementFactsChanged(saved.id()));
        return saved;
    }
}
