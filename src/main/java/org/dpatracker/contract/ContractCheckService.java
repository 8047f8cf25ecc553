package org.dpatracker.contract;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.KeyedWrite;
import org.dpatracker.processor.AgreementFactsChanged;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Art. 28(3) checklist of each agreement: every required point with its status and where the
 * contract says it. Points recorded as missing become red flags.
 */
@Service
public class ContractCheckService {

    static final String ENTITY = "contract-check";

    private final ContractCheckRepository repository;
    private final AgreementService agreements;
    private final ApplicationEventPublisher events;
    private final ChangeRecorder history;

    ContractCheckService(
            ContractCheckRepository repository,
            AgreementService agreements,
            ApplicationEventPublisher events,
            ChangeRecorder history) {
        this.repository = repository;
        this.agreements = agreements;
        this.events = events;
        this.history = history;
    }

    /** All points in the order of the article; those nobody checked yet read as open. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ContractCheck> ofAgreement(long agreementId) {
        Map<ContractPoint, ContractCheck> recorded = repository.findByAgreement(agreementId).stream()
                .collect(Collectors.toMap(ContractCheck::point, Function.identity()));
        return Arrays.stream(ContractPoint.values())
                .map(point -> recorded.getOrDefault(point, ContractCheck.open(agreementId, point)))
                .toList();
    }

    /**
     * Records a point. Present or partly present needs the clause where the contract says it; the
     * version guards against overwriting someone else's change.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ContractCheck save(ContractCheck input) {
        ContractCheck saved = write(input);
        events.publishEvent(new AgreementFactsChanged(input.agreementId()));
        return saved;
    }

    /**
     * Gives {@code points} of the agreement one status in one step, each changed point recorded on its own
     * in the history. Refused as a whole, nothing changed, when a point marked present or partly present
     * would have no clause (as {@link #save} refuses it).
     *
     * @return the checklist after the change, in the order of the article
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public List<ContractCheck> markAll(long agreementId, Collection<ContractPoint> points, PointStatus status) {
        new Validation()
                .require(agreements.detail(agreementId).isPresent(), "agreementId", "validation.required")
                .require(status != null, "status", "validation.required")
                .throwIfInvalid();
        List<ContractCheck> changed = ofAgreement(agreementId).stream()
                .filter(check -> points.contains(check.point()) && check.status() != status)
                .toList();
        long withoutClause = changed.stream()
                .filter(check -> !Strings.hasText(check.clauseReference()))
                .count();
        boolean found = status == PointStatus.PRESENT || status == PointStatus.PARTIAL;
        new Validation()
                .require(!found || withoutClause == 0, "status", "contract.validation.mark-all-clause", withoutClause)
                .throwIfInvalid();
        changed.forEach(check -> write(new ContractCheck(
                agreementId, check.point(), status, check.clauseReference(), check.quote(), check.version())));
        if (!changed.isEmpty()) {
            events.publishEvent(new AgreementFactsChanged(agreementId));
        }
        return ofAgreement(agreementId);
    }

    private ContractCheck write(ContractCheck input) {
        boolean found = input.status() == PointStatus.PRESENT || input.status() == PointStatus.PARTIAL;
        new Validation()
                .require(agreements.detail(input.agreementId()).isPresent(), "agreementId", "validation.required")
                .require(input.point() != null, "point", "validation.required")
                .require(input.status() != null, "status", "validation.required")
                .require(
                        !found || Strings.hasText(input.clauseReference()),
                        "clauseReference",
                        "contract.validation.clause")
                .require(
                        input.clauseReference() == null
                                || input.clauseReference().length() <= 200,
                        "clauseReference",
                        "validation.too-long",
                        200)
                .require(input.quote() == null || input.quote().length() <= 2000, "quote", "validation.too-long", 2000)
                .throwIfInvalid();
        ContractCheck check = new ContractCheck(
                input.agreementId(),
                input.point(),
                input.status(),
                Strings.trimmedOrNull(input.clauseReference()),
                Strings.trimmedOrNull(input.quote()),
                input.version());
        return history.save(
                ENTITY,
                input.agreementId() + ":" + input.point().name(),
                repository.find(input.agreementId(), input.point()),
                input.isNew(),
                new KeyedWrite<>(
                        () -> repository.insert(check),
                        () -> repository.update(check),
                        () -> repository
                                .find(input.agreementId(), input.point())
                                .orElseThrow(),
                        ContractCheck::historyState));
    }
}
