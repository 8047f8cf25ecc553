package org.dpatracker.notice;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.LocationRules;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.redflag.AgreementFacts;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbound subprocessor change notices (Art. 28(2) GDPR): recorded by the DPO, assessed for red
 * flags, decided by a manager or the DPO before the objection deadline, deemed accepted after it,
 * and applied to the subprocessor list on their effective date.
 */
@Service
public class ChangeNoticeService {

    static final String ENTITY = "notice";

    private final ChangeNoticeRepository notices;
    private final AgreementService agreements;
    private final SubprocessorService subprocessors;
    private final OrganisationService organisations;
    private final RedFlagRefresher redFlags;
    private final ChangeRecorder history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeNoticeService(
            ChangeNoticeRepository notices,
            AgreementService agreements,
            SubprocessorService subprocessors,
            OrganisationService organisations,
            RedFlagRefresher redFlags,
            ChangeRecorder history,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notices = notices;
        this.agreements = agreements;
        this.subprocessors = subprocessors;
        this.organisations = organisations;
        this.redFlags = redFlags;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ChangeNotice record(ChangeNotice input) {
        Validation validation = new Validation();
        validation.requireText(input.service(), "service", 2000);
        validation.require(input.receivedOn() != null, "receivedOn", "validation.required");
        validation.require(input.effectiveFrom() != null, "effectiveFrom", "validation.required");
        validation.require(
                input.receivedOn() == null
                        || input.effectiveFrom() == null
                        || !input.effectiveFrom().isBefore(input.receivedOn()),
                "effectiveFrom",
                "notice.validation.effective");
        validation.require(
                input.noticeObjectionDays() == null
                        || (input.noticeObjectionDays() >= 0 && input.noticeObjectionDays() <= 3650),
                "noticeObjectionDays",
                "validation.days");
        List<ProcessingLocation> locations = LocationRules.checked(input.locations(), validation);
        AgreementDetail agreement = agreements.detail(input.agreementId()).orElse(null);
        validation.require(agreement != null, "agreementId", "validation.required");
        validation.require(
                organisations.findById(input.organisationId()).isPresent(), "organisationId", "validation.required");
        validation.require(
                agreement == null
                        || input.replacesId() == null
                        || agreement.subprocessors().stream().anyMatch(s -> s.id().equals(input.replacesId())),
                "replacesId",
                "notice.validation.replaces");
        validation.throwIfInvalid();
        ChangeNotice notice = new ChangeNotice(
                null,
                0,
                input.agreementId(),
                input.receivedOn(),
                input.effectiveFrom(),
                input.organisationId(),
                input.parentId(),
                input.replacesId(),
                input.service().trim(),
                input.noticeObjectionDays(),
                input.document(),
                locations,
                NoticeStatus.OPEN,
                null,
                null);
        long id = notices.insert(notice);
        ChangeNotice saved = notices.findById(id).orElseThrow();
        history.inserted(ENTITY, id, saved.historyState());
        events.publishEvent(new NoticeRecorded(id, saved.agreementId()));
        return saved;
    }

    /** Accepts, or objects with a reason and how and when the objection was sent. Only before the deadline. */
    @RolesAllowed(Permission.Names.SUBPROCESSOR_CHANGES_DECIDE)
    @Transactional
    public ChangeNotice decide(long id, int version, boolean accept, String reason, LocalDate sentOn, String sentVia) {
        ChangeNotice before = notices.findById(id).orElseThrow(() -> new ConcurrentEditException(ENTITY, id));
        LocalDate today = LocalDate.now(clock);
        NoticeTerms terms = notices.termsOf(before.agreementId());
        LocalDate deadline = windowOf(before, terms).deadline();
        // An objection sent in time counts even when it is recorded later, also after the hourly
        // settlement deemed the change accepted, as long as the change has not been applied.
        boolean sentInTime = !accept && ObjectionDeadline.sentInTime(sentOn, deadline);
        boolean reopenable =
                before.status() == NoticeStatus.DEEMED_ACCEPTED && sentInTime && before.appliedSubprocessorId() == null;
        // Without deemed consent the period ends nothing: the controller decides when it decides.
        boolean timed = terms.silenceConsents();
        new Validation()
                .require(before.status() == NoticeStatus.OPEN || reopenable, "status", "notice.validation.decided")
                .require(
                        !timed || !ObjectionDeadline.passed(deadline, today) || sentInTime,
                        "status",
                        "notice.validation.deadline-passed",
                        String.valueOf(deadline))
                .require(accept || (reason != null && !reason.isBlank()), "objectionReason", "notice.validation.reason")
                .require(accept || sentOn != null, "objectionSentOn", "notice.validation.sent")
                .require(
                        !timed || accept || sentOn == null || ObjectionDeadline.sentInTime(sentOn, deadline),
                        "objectionSentOn",
                        "notice.validation.sent-late",
                        String.valueOf(deadline))
                .throwIfInvalid();
        ChangeNotice.Decision decision = accept
                ? new ChangeNotice.Decision(today, CurrentUser.name(), null, null, null)
                : new ChangeNotice.Decision(today, CurrentUser.name(), reason.trim(), sentOn, sentVia);
        NoticeStatus outcome = accept ? NoticeStatus.ACCEPTED : NoticeStatus.OBJECTED;
        if (!notices.decide(id, version, before.status(), outcome, decision)) {
            throw new ConcurrentEditException(ENTITY, id);
        }
        ChangeNotice after = notices.findById(id).orElseThrow();
        history.updated(ENTITY, id, before.historyState(), after.historyState());
        events.publishEvent(new NoticeDecided(id, after.agreementId(), outcome));
        return after;
    }

    /**
     * Deems accepted what nobody objected to in time, and makes accepted changes in the subprocessor
     * list once they take effect. Run daily and before notices are shown.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public int settle() {
        LocalDate today = LocalDate.now(clock);
        int settled = 0;
        for (ChangeNotice open : notices.findByStatus(NoticeStatus.OPEN)) {
            NoticeTerms terms = notices.termsOf(open.agreementId());
            LocalDate deadline = windowOf(open, terms).deadline();
            if (ObjectionDeadline.passed(deadline, today) && terms.silenceConsents()) {
                notices.decide(
                        open.id(),
                        open.version(),
                        NoticeStatus.OPEN,
                        NoticeStatus.DEEMED_ACCEPTED,
                        new ChangeNotice.Decision(deadline.plusDays(1), CurrentUser.name(), null, null, null));
                history.updated(
                        ENTITY,
                        open.id(),
                        open.historyState(),
                        notices.findById(open.id()).orElseThrow().historyState());
                events.publishEvent(new NoticeDecided(open.id(), open.agreementId(), NoticeStatus.DEEMED_ACCEPTED));
                settled++;
            }
        }
        for (ChangeNotice accepted : notices.findUnapplied()) {
            if (!accepted.effectiveFrom().isAfter(today)) {
                apply(accepted);
                settled++;
            }
        }
        return settled;
    }

    /** The notices still awaiting a decision; one past its deadline already reads as deemed accepted. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<OpenNotice> open() {
        return notices.findByStatus(NoticeStatus.OPEN).stream()
                .map(this::describe)
                .filter(notice -> notice.status() == NoticeStatus.OPEN)
                .toList();
    }

    /**
     * The objection deadlines of the notices still awaiting a decision, without the red-flag
     * assessment the notices view shows: for the deadlines list and the start page.
     */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<NoticeDeadline> openDeadlines() {
        LocalDate today = LocalDate.now(clock);
        return notices.findByStatus(NoticeStatus.OPEN).stream()
                .map(notice -> new NoticeDeadline(
                        notice.id(),
                        notice.agreementId(),
                        organisations
                                .findById(notice.organisationId())
                                .map(Organisation::name)
                                .orElse(""),
                        deadlineOf(notice)))
                .filter(notice -> !ObjectionDeadline.passed(notice.deadline(), today))
                .toList();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public java.util.Optional<OpenNotice> find(long id) {
        return notices.findById(id).map(this::describe);
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<OpenNotice> ofAgreement(long agreementId) {
        return notices.findByAgreement(agreementId).stream().map(this::describe).toList();
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public int countOpen() {
        LocalDate today = LocalDate.now(clock);
        return (int) notices.findByStatus(NoticeStatus.OPEN).stream()
                .filter(notice -> !ObjectionDeadline.passed(deadlineOf(notice), today))
                .count();
    }

    private OpenNotice describe(ChangeNotice notice) {
        AgreementDetail agreement = agreements.detail(notice.agreementId()).orElseThrow();
        Organisation proposed = organisations.findById(notice.organisationId()).orElseThrow();
        NoticeTerms terms = notices.termsOf(notice.agreementId());
        ObjectionDeadline.Window window = windowOf(notice, terms);
        LocalDate deadline = window.deadline();
        AgreementFacts.Party party = new AgreementFacts.Party(
                proposed.name(),
                proposed.certifications().stream()
                        .map(c -> new AgreementFacts.Certificate(c.kind().name(), c.displayLabel(), c.validUntil()))
                        .toList(),
                notice.locations().stream()
                        .map(l -> new AgreementFacts.Location(
                                l.country(), l.mechanism(), l.sccModule(), l.safeguardsReference()))
                        .toList(),
                0,
                true);
        LocalDate today = LocalDate.now(clock);
        // The hourly settlement records deemed acceptance; until then the notice already reads as such.
        NoticeStatus status = notice.status() == NoticeStatus.OPEN
                        && ObjectionDeadline.passed(deadline, today)
                        && terms.silenceConsents()
                ? NoticeStatus.DEEMED_ACCEPTED
                : notice.status();
        return new OpenNotice(
                notice,
                status,
                agreement.processor().name(),
                agreement.controller().name(),
                proposed.name(),
                deadline,
                deadline == null ? null : ObjectionDeadline.daysLeft(deadline, today),
                redFlags.flagsIfAdded(notice.agreementId(), party),
                window.requestedBy());
    }

    /** Only the agreement's objection period and the controller's seat are needed here, not the whole agreement. */
    private static ObjectionDeadline.Window windowOf(ChangeNotice notice, NoticeTerms terms) {
        return ObjectionDeadline.of(
                notice.receivedOn(), terms.objectionDays(), notice.noticeObjectionDays(), terms.controllerSeat());
    }

    private LocalDate deadlineOf(ChangeNotice notice) {
        return windowOf(notice, notices.termsOf(notice.agreementId())).deadline();
    }

    private void apply(ChangeNotice notice) {
        Subprocessor added = subprocessors.save(new Subprocessor(
                null,
                0,
                notice.agreementId(),
                notice.parentId(),
                notice.organisationId(),
                notice.service(),
                false,
                notice.effectiveFrom(),
                ApprovalState.AUTHORISED,
                notice.locations()));
        if (notice.replacesId() != null) {
            subprocessors.listAsOf(notice.agreementId(), notice.effectiveFrom()).stream()
                    .filter(s -> s.id().equals(notice.replacesId()))
                    .findFirst()
                    .ifPresent(replaced ->
                            subprocessors.remove(replaced.id(), replaced.version(), notice.effectiveFrom()));
        }
        ChangeNotice before = notices.findById(notice.id()).orElseThrow();
        notices.markApplied(notice.id(), added.id());
        history.updated(
                ENTITY,
                notice.id(),
                before.historyState(),
                notices.findById(notice.id()).orElseThrow().historyState());
    }
}
