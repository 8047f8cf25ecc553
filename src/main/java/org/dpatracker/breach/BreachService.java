package org.dpatracker.breach;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dpatracker.core.Strings;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.IdWrite;
import org.dpatracker.history.KeyedWrite;
import org.dpatracker.processor.AgreementFactsChanged;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach register (Art. 33(5) GDPR) and each agreement's breach duties. The DPO records and
 * edits; everyone with register access reads. A notification to the authority later than 72 hours
 * after awareness is refused without reasons for the delay.
 */
@Service
public class BreachService {

    static final String BREACH = "breach";
    static final String DUTY = "breach-duty";
    static final String FOLLOW_UP = "breach-follow-up";

    private final BreachRepository repository;
    private final ChangeRecorder history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BreachService(BreachRepository repository, ChangeRecorder history, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Breach> findAll() {
        return repository.findAll();
    }

    /** Breaches not closed yet, for the deadlines list. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Breach> findOpen() {
        return repository.findOpen();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Optional<Breach> find(long id) {
        return repository.findById(id);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public String processorName(long agreementId) {
        return repository.processorName(agreementId);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public BreachDuty dutyOf(long agreementId) {
        return repository.findDuty(agreementId).orElse(BreachDuty.unrecorded(agreementId));
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public BreachDuty saveDuty(BreachDuty input) {
        Validation validation = new Validation()
                .require(repository.agreementExists(input.agreementId()), "agreementId", "validation.required")
                .require(
                        input.noticeHours() == null || (input.noticeHours() >= 0 && input.noticeHours() <= 720),
                        "noticeHours",
                        "breach.validation.hours")
                .require(
                        input.noticeHours() != null || Strings.hasText(input.noticeWording()),
                        "noticeWording",
                        "breach.validation.notice");
        maxLength(validation, input.noticeWording(), "noticeWording", 300);
        maxLength(validation, input.channel(), "channel", 300);
        maxLength(validation, input.contact(), "contact", 300);
        maxLength(validation, input.clauseReference(), "clauseReference", 200);
        validation.throwIfInvalid();
        BreachDuty duty = new BreachDuty(
                input.agreementId(),
                input.noticeHours(),
                Strings.trimmedOrNull(input.noticeWording()),
                Strings.trimmedOrNull(input.channel()),
                Strings.trimmedOrNull(input.contact()),
                input.requiredContents(),
                input.supportsController(),
                input.mayNotify(),
                Strings.trimmedOrNull(input.clauseReference()),
                input.version(),
                input.onlyWhenNotifiable());
        BreachDuty saved = history.save(
                DUTY,
                input.agreementId(),
                repository.findDuty(input.agreementId()),
                input.isNew(),
                new KeyedWrite<>(
                        () -> repository.insertDuty(duty),
                        () -> repository.updateDuty(duty),
                        () -> dutyOf(input.agreementId()),
                        BreachDuty::historyState));
        events.publishEvent(new AgreementFactsChanged(input.agreementId()));
        return saved;
    }

    /** Records a breach ({@code id} null) or saves changes to it. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Breach save(Breach input) {
        check(input);
        Breach breach = trimmed(input);
        Breach saved = history.save(
                BREACH,
                input.id(),
                new IdWrite<>(
                        () -> repository.insert(breach),
                        before -> repository.update(breach),
                        repository::findById,
                        Breach::historyState));
        if (input.id() == null) {
            events.publishEvent(new BreachRecorded(saved.id()));
        }
        return saved;
    }

    /** Adds information given in phases to the authority or the data subjects. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Breach addFollowUp(FollowUp input) {
        Breach before = repository.findById(input.breachId()).orElse(null);
        Validation validation = new Validation()
                .require(before != null, "breachId", "validation.required")
                .require(input.sentAt() != null, "sentAt", "validation.required")
                .require(
                        input.sentAt() == null || !input.sentAt().isAfter(clock.instant()),
                        "sentAt",
                        "breach.validation.future");
        validation.requireText(input.recipient(), "recipient", 300);
        validation.requireText(input.content(), "content", 2000);
        validation.throwIfInvalid();
        repository.insertFollowUp(new FollowUp(
                null,
                input.breachId(),
                input.sentAt(),
                input.recipient().trim(),
                input.content().trim()));
        Breach after = repository.findById(input.breachId()).orElseThrow();
        history.inserted(
                FOLLOW_UP,
                input.breachId(),
                java.util.Map.of(
                        "sentAt",
                        input.sentAt().toString(),
                        "recipient",
                        input.recipient().trim(),
                        "content",
                        input.content().trim()));
        return after;
    }

    public Instant now() {
        return clock.instant();
    }

    private void check(Breach b) {
        Instant now = clock.instant();
        Validation validation = new Validation();
        validation.requireText(b.nature(), "nature", 2000);
        validation
                .require(b.awareAt() != null, "awareAt", "breach.validation.aware")
                .require(
                        b.agreementId() == null || repository.agreementExists(b.agreementId()),
                        "agreementId",
                        "validation.required")
                .require(notAfter(b.awareAt(), now), "awareAt", "breach.validation.future")
                .require(notAfter(b.detectedAt(), now), "detectedAt", "breach.validation.future")
                .require(notAfter(b.processorNotifiedAt(), now), "processorNotifiedAt", "breach.validation.future")
                .require(notAfter(b.authorityNotifiedAt(), now), "authorityNotifiedAt", "breach.validation.future")
                .require(notAfter(b.subjectsInformedAt(), now), "subjectsInformedAt", "breach.validation.future")
                .require(
                        b.detectedAt() == null
                                || b.processorNotifiedAt() == null
                                || !b.processorNotifiedAt().isBefore(b.detectedAt()),
                        "processorNotifiedAt",
                        "breach.validation.notified-before-detected")
                .require(
                        b.detectedAt() == null
                                || b.awareAt() == null
                                || !b.awareAt().isBefore(b.detectedAt()),
                        "awareAt",
                        "breach.validation.aware-before-detected")
                // Art. 33(2): once the processor has told the controller, the controller is aware (EDPB Guidelines
                // 9/2022).
                .require(
                        b.processorNotifiedAt() == null
                                || b.awareAt() == null
                                || !b.awareAt().isAfter(b.processorNotifiedAt()),
                        "awareAt",
                        "breach.validation.aware-after-processor-notice")
                .require(
                        b.authorityNotifiedAt() == null
                                || b.awareAt() == null
                                || !b.authorityNotifiedAt().isBefore(b.awareAt()),
                        "authorityNotifiedAt",
                        "breach.validation.authority-before-aware")
                .require(
                        b.authorityNotifiedAt() == null || Strings.hasText(b.authority()),
                        "authority",
                        "breach.validation.authority")
                .require(
                        !BreachClock.authorityLate(b.awareAt(), b.authorityNotifiedAt())
                                || Strings.hasText(b.delayReasons()),
                        "delayReasons",
                        "breach.validation.delay-reasons")
                .require(
                        b.subjectsInformedAt() == null || b.subjectsExemption() == null,
                        "subjectsExemption",
                        "breach.validation.informed-or-exempt")
                .require(
                        b.subjectsInformedVia() == null || b.subjectsInformedAt() != null,
                        "subjectsInformedAt",
                        "breach.validation.informed-date");
        for (String text : new String[] {
            b.subjectCategories(),
            b.dataCategories(),
            b.consequences(),
            b.measures(),
            b.delayReasons(),
            b.processingActivities()
        }) {
            validation.require(text == null || text.length() <= 2000, "text", "validation.too-long", 2000);
        }
        validation.throwIfInvalid();
    }

    private static Breach trimmed(Breach b) {
        return new Breach(
                b.id(),
                b.version(),
                b.agreementId(),
                b.subprocessorId(),
                Strings.trimmedOrNull(b.processingActivities()),
                b.nature().trim(),
                b.detectedAt(),
                b.processorNotifiedAt(),
                b.awareAt(),
                Strings.trimmedOrNull(b.subjectCategories()),
                Strings.trimmedOrNull(b.subjectCount()),
                Strings.trimmedOrNull(b.dataCategories()),
                Strings.trimmedOrNull(b.recordCount()),
                Strings.trimmedOrNull(b.consequences()),
                Strings.trimmedOrNull(b.measures()),
                Strings.trimmedOrNull(b.contactPoint()),
                b.risk(),
                b.authorityNotifiedAt(),
                Strings.trimmedOrNull(b.authority()),
                Strings.trimmedOrNull(b.authorityReference()),
                Strings.trimmedOrNull(b.delayReasons()),
                b.subjectsInformedAt(),
                b.subjectsExemption(),
                b.closedOn(),
                List.of(),
                b.subjectsInformedAt() == null
                        ? null
                        : b.subjectsInformedVia() == null ? InformingChannel.DIRECT : b.subjectsInformedVia());
    }

    private static boolean notAfter(Instant instant, Instant now) {
        return instant == null || !instant.isAfter(now);
    }

    private static void maxLength(Validation validation, String value, String field, int max) {
        validation.optionalText(value, field, max);
    }
}
