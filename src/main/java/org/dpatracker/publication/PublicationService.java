package org.dpatracker.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Validation;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Our published sub-processor list. The DPO chooses fields, entries and the notice period, previews the draft
 * and publishes dated versions; a new sub-processor goes out as a notice whose change takes effect after the
 * notice period. Publishing mails the confirmed subscribers. Anyone may read the published versions, and only
 * those.
 */
@Service
public class PublicationService {

    static final String SETTINGS = "public-list-settings";
    static final String VERSION = "public-list-version";
    private static final int SUMMARY_LENGTH = 4000;

    private final ListSources sources;
    private final PublicationRepository repository;
    private final NoticeDrafting notices;
    private final SubscriptionService subscriptions;
    private final ChangeRecorder history;
    private final Clock clock;

    PublicationService(
            ListSources sources,
            PublicationRepository repository,
            NoticeDrafting notices,
            SubscriptionService subscriptions,
            ChangeRecorder history,
            Clock clock) {
        this.sources = sources;
        this.repository = repository;
        this.notices = notices;
        this.subscriptions = subscriptions;
        this.history = history;
        this.clock = clock;
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public ListSettings settings() {
        return sources.settings();
    }

    /** Every sub-processor the list could hold, with all fields, for choosing the entries. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public List<ListEntry> candidates() {
        return sources.candidates();
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ListSettings saveSettings(ListSettings input) {
        new Validation()
                .require(
                        input.noticePeriodDays() >= 0 && input.noticePeriodDays() <= ListSettings.MAX_NOTICE_DAYS,
                        "noticePeriodDays",
                        "publist.validation.notice-days",
                        ListSettings.MAX_NOTICE_DAYS)
                .throwIfInvalid();
        ListSettings before = sources.settings();
        if (!repository.saveSettings(input)) {
            throw new ConcurrentEditException(SETTINGS, 1);
        }
        ListSettings after = sources.settings();
        history.updated(SETTINGS, 1, before.historyState(), after.historyState());
        notices.draftIfAdded();
        return after;
    }

    /** The list as it would be published today, and what it changes. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public Draft draft() {
        return sources.draft(today());
    }

    /** The notice waiting for the DPO's review; drafted now if the list adds a sub-processor. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public Optional<ListNotice> noticeToReview() {
        return notices.draftIfAdded();
    }

    /**
     * Publishes the draft as a new version taking effect today and mails the subscribers. Refused when it adds
     * a sub-processor to a published list (that goes out as a notice) or changes nothing.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ListVersion publish(String summary) {
        LocalDate today = today();
        Draft draft = sources.draft(today);
        new Validation()
                .requireText(summary, "summary", SUMMARY_LENGTH)
                .require(!draft.needsNotice(), "summary", "publist.validation.needs-notice")
                .require(draft.publishable(), "summary", "publist.validation.no-changes")
                .throwIfInvalid();
        return published(draft, today, summary.trim());
    }

    /**
     * Sends the reviewed notice: publishes the draft as a version taking effect on the effective date (at
     * least the notice period after today) and mails the subscribers.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public ListVersion sendNotice(long id, int version, LocalDate effectiveOn, String summary) {
        ListNotice notice =
                repository.notice(id).orElseThrow(() -> new ConcurrentEditException(NoticeDrafting.ENTITY, id));
        LocalDate today = today();
        int days = sources.settings().noticePeriodDays();
        new Validation()
                .requireText(summary, "summary", SUMMARY_LENGTH)
                .require(effectiveOn != null, "effectiveOn", "validation.required")
                .throwIfInvalid();
        new Validation()
                .require(
                        NoticePeriod.leavesFullPeriod(today, days, effectiveOn),
                        "effectiveOn",
                        "publist.validation.effective-too-early",
                        NoticePeriod.effectiveOn(today, days).toString())
                .throwIfInvalid();
        Draft draft = sources.draft(effectiveOn);
        ListVersion published = published(draft, effectiveOn, summary.trim());
        if (!repository.sent(notice, today, effectiveOn, summary.trim(), published.number())) {
            throw new ConcurrentEditException(NoticeDrafting.ENTITY, id);
        }
        history.updated(
                NoticeDrafting.ENTITY,
                id,
                notice.historyState(),
                repository.notice(id).orElseThrow().historyState());
        return published;
    }

    /** The list as last published, for everybody. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ListVersion> current() {
        return repository.latest();
    }

    /** The published versions, newest first, for everybody. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<ListVersion> versions(int limit) {
        return repository.versions(limit);
    }

    /** Who publishes the list: our companies that keep Art. 30(2) records. */
    @PermitAll
    @Transactional(readOnly = true)
    public String publisher() {
        return sources.publisher();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ListVersion published(Draft draft, LocalDate effectiveOn, String summary) {
        ListSettings settings = sources.settings();
        int number = repository.insertVersion(
                clock.instant(),
                effectiveOn,
                PublishedField.format(settings.fields()),
                summary,
                CurrentUser.name(),
                draft.entries());
        ListVersion version = repository.latest().orElseThrow();
        history.inserted(
                VERSION,
                number,
                Map.of(
                        "effectiveOn",
                        effectiveOn,
                        "fields",
                        PublishedField.format(settings.fields()),
                        "summary",
                        summary,
                        "entries",
                        version.entries().stream().map(ListEntry::name).toList()));
        subscriptions.announce(version, sources.publisher());
        return version;
    }
}
