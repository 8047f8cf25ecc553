package org.dpatracker.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.core.Texts;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.processor.AgreementFactsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drafts the notice to our customers when the register adds a sub-processor to the list: in the transaction
 * that added it (a sub-processor or agreement saved), or when the DPO opens the list (a record linked to a new
 * agreement). One draft at a time; its summary is in English until the DPO edits it.
 */
@Component
class NoticeDrafting {

    static final String ENTITY = "public-list-notice";

    private final ListSources sources;
    private final PublicationRepository repository;
    private final ChangeRecorder history;
    private final Clock clock;

    NoticeDrafting(ListSources sources, PublicationRepository repository, ChangeRecorder history, Clock clock) {
        this.sources = sources;
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    @EventListener
    void onAgreementFacts(AgreementFactsChanged changed) {
        draftIfAdded();
    }

    /** The draft notice, drafted now if the list adds a sub-processor and there is none; in a transaction. */
    Optional<ListNotice> draftIfAdded() {
        Optional<ListNotice> existing = repository.draftNotice();
        if (existing.isPresent() || sources.latest().isEmpty()) {
            return existing;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate effectiveOn =
                NoticePeriod.effectiveOn(today, sources.settings().noticePeriodDays());
        Draft draft = sources.draft(effectiveOn);
        if (!draft.needsNotice()) {
            return Optional.empty();
        }
        String summary = draft.diff().summary((key, arguments) -> Texts.get(Locale.ENGLISH, key, arguments));
        long id = repository.insertNotice(today, effectiveOn, summary);
        ListNotice notice = repository.notice(id).orElseThrow();
        history.inserted(ENTITY, id, notice.historyState());
        return Optional.of(notice);
    }
}
