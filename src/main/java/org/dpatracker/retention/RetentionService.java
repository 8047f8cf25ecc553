package org.dpatracker.retention;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
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
import org.dpatracker.history.KeyedWrite;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention rules per agreement and data category, with their deletion due dates, and the end of
 * each agreement with the processor's confirmation of deletion or return. The DPO edits; everyone
 * with register access reads.
 */
@Service
public class RetentionService {

    static final String RULE = "retention-rule";
    static final String END = "agreement-end";

    private final RetentionRepository repository;
    private final ChangeRecorder history;
    private final Clock clock;

    RetentionService(RetentionRepository repository, ChangeRecorder history, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ScheduledRule> rulesOf(long agreementId) {
        return schedule(
                repository.rulesOf(agreementId),
                repository.findEnd(agreementId).stream()
                        .collect(Collectors.toMap(AgreementEnd::agreementId, Function.identity())));
    }

    /** Every rule of the register with its dates, for the deadlines list. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<ScheduledRule> allRules() {
        return schedule(
                repository.allRules(),
                repository.allEnds().stream()
                        .collect(Collectors.toMap(AgreementEnd::agreementId, Function.identity())));
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<AgreementEnd> endOf(long agreementId) {
        return repository.findEnd(agreementId);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<AgreementEnd> allEnds() {
        return repository.allEnds();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Map<Long, String> processorNames() {
        return repository.processorNames();
    }

    /** Adds a rule ({@code id} null) or saves changes to it. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public RetentionRule saveRule(RetentionRule input) {
        Validation validation = new Validation()
                .require(repository.agreementExists(input.agreementId()), "agreementId", "validation.required")
                .require(input.trigger() != null, "trigger", "validation.required")
                .require(
                        input.period() != null || Strings.hasText(input.criteria()),
                        "period",
                        "retention.validation.period-or-criteria")
                .require(notNegative(input.period()), "period", "retention.validation.negative")
                .require(notNegative(input.backupPeriod()), "backupPeriod", "retention.validation.negative")
                .require(
                        input.trigger() != RetentionTrigger.CUSTOM_EVENT || Strings.hasText(input.customEvent()),
                        "customEvent",
                        "retention.validation.custom-event")
                .require(
                        !input.legalHold() || Strings.hasText(input.legalHoldReason()),
                        "legalHoldReason",
                        "retention.validation.hold-reason");
        validation.requireText(input.dataCategory(), "dataCategory", 300);
        validation
                .require(
                        input.criteria() == null || input.criteria().length() <= 2000,
                        "criteria",
                        "validation.too-long",
                        2000)
                .require(input.source() == null || input.source().length() <= 500, "source", "validation.too-long", 500)
                .throwIfInvalid();
        RetentionRule rule = new RetentionRule(
                input.id(),
                input.version(),
                input.agreementId(),
                input.dataCategory().trim(),
                input.period(),
                input.trigger(),
                input.trigger() == RetentionTrigger.CUSTOM_EVENT ? Strings.trimmedOrNull(input.customEvent()) : null,
                Strings.trimmedOrNull(input.criteria()),
                input.triggerDate(),
                input.backupPeriod(),
                input.legalHold(),
                input.legalHold() ? Strings.trimmedOrNull(input.legalHoldReason()) : null,
                Strings.trimmedOrNull(input.source()));
        return history.save(
                RULE,
                input.id(),
                new IdWrite<>(
                        () -> repository.insertRule(rule),
                        before -> before.agreementId() == input.agreementId() && repository.updateRule(rule),
                        repository::findRule,
                        RetentionRule::historyState));
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public void removeRule(long id, int version) {
        RetentionRule before = repository.findRule(id).orElseThrow(() -> new ConcurrentEditException(RULE, id));
        if (!repository.deleteRule(id, version)) {
            throw new ConcurrentEditException(RULE, id);
        }
        history.deleted(RULE, id, before.historyState());
    }

    /** Records the end of an agreement, the controller's choice and due date, and later the confirmation. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public AgreementEnd saveEnd(AgreementEnd input) {
        LocalDate dueOn = input.dueOn() != null ? input.dueOn() : input.endedOn();
        new Validation()
                .require(repository.agreementExists(input.agreementId()), "agreementId", "validation.required")
                .require(input.endedOn() != null, "endedOn", "validation.required")
                .require(input.choice() != null, "choice", "validation.required")
                .require(
                        dueOn == null || input.endedOn() == null || !dueOn.isBefore(input.endedOn()),
                        "dueOn",
                        "retention.validation.due-before-end")
                .require(
                        input.confirmedOn() == null || !input.confirmedOn().isAfter(LocalDate.now(clock)),
                        "confirmedOn",
                        "retention.validation.confirmed-future")
                .require(
                        input.confirmedOn() == null
                                || input.endedOn() == null
                                || !input.confirmedOn().isBefore(input.endedOn()),
                        "confirmedOn",
                        "retention.validation.confirmed-before-end")
                .require(
                        input.certificateDocument() == null
                                || input.certificateDocument().length() <= 500,
                        "certificateDocument",
                        "validation.too-long",
                        500)
                .throwIfInvalid();
        AgreementEnd end = new AgreementEnd(
                input.agreementId(),
                input.endedOn(),
                input.choice(),
                dueOn,
                input.confirmedOn(),
                Strings.trimmedOrNull(input.certificateDocument()),
                input.version());
        return history.save(
                END,
                input.agreementId(),
                repository.findEnd(input.agreementId()),
                input.isNew(),
                new KeyedWrite<>(
                        () -> repository.insertEnd(end),
                        () -> repository.updateEnd(end),
                        () -> repository.findEnd(input.agreementId()).orElseThrow(),
                        AgreementEnd::historyState));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<ScheduledRule> schedule(List<RetentionRule> rules, Map<Long, AgreementEnd> ends) {
        LocalDate today = today();
        return rules.stream()
                .map(rule -> {
                    LocalDate triggerDate = rule.triggerDate() != null
                            ? rule.triggerDate()
                            : rule.trigger() == RetentionTrigger.END_OF_CONTRACT && ends.containsKey(rule.agreementId())
                                    ? ends.get(rule.agreementId()).endedOn()
                                    : null;
                    LocalDate due =
                            RetentionSchedule.deletionDue(rule.period(), rule.trigger(), triggerDate, rule.legalHold());
                    LocalDate backupDue = RetentionSchedule.backupDeletionDue(due, rule.backupPeriod());
                    return new ScheduledRule(rule, triggerDate, due, backupDue, due != null && due.isBefore(today));
                })
                .toList();
    }

    private static boolean notNegative(Period period) {
        return period == null || !period.isNegative();
    }
}
