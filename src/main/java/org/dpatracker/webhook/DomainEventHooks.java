package org.dpatracker.webhook;

import static org.springframework.transaction.event.TransactionPhase.BEFORE_COMMIT;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dpatracker.annex.AnnexVersionCreated;
import org.dpatracker.breach.BreachRecorded;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineReached;
import org.dpatracker.notice.NoticeDecided;
import org.dpatracker.notice.NoticeRecorded;
import org.dpatracker.processor.RedFlagsChanged;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.reminder.MailSettings;
import org.dpatracker.reminder.ReminderPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the features' events into webhook deliveries, in the transaction that raised them (so that a change
 * rolled back sends nothing). The data names things by id, kind and link, never by what they contain: no
 * breach descriptions, no names. Deadlines are announced on every reminder run, outside a transaction, and
 * are queued once per deadline and stage.
 */
@Component
class DomainEventHooks {

    private static final Logger LOG = LoggerFactory.getLogger(DomainEventHooks.class);

    private final WebhookQueue queue;
    private final MailSettings links;

    DomainEventHooks(WebhookQueue queue, MailSettings links) {
        this.queue = queue;
        this.links = links;
    }

    /** A deadline's stage; a failure here is logged and left to the next run, so that reminders still go out. */
    @EventListener
    void deadlineReached(DeadlineReached reached) {
        Deadline deadline = reached.deadline();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", deadline.kind().name());
        data.put("object", deadline.object());
        putIfPresent(data, "agreementId", deadline.agreementId());
        putIfPresent(data, "breachId", deadline.breachId());
        putIfPresent(data, "recordId", deadline.recordId());
        data.put("due", String.valueOf(deadline.dueAt() != null ? deadline.dueAt() : deadline.dueOn()));
        data.put("stage", reached.stage());
        data.put("link", links.link(deadline.path()));
        WebhookEvent event = ReminderPlan.OVERDUE.equals(reached.stage())
                ? WebhookEvent.DEADLINE_OVERDUE
                : WebhookEvent.DEADLINE_DUE;
        try {
            queue.enqueue(event, WebhookPayload.eventId(deadline.key() + "|" + reached.stage()), data);
        } catch (RuntimeException failure) {
            LOG.warn(
                    "Deadline {} was not queued for webhooks; the next reminder run tries again",
                    deadline.key(),
                    failure);
        }
    }

    @TransactionalEventListener(phase = BEFORE_COMMIT, fallbackExecution = true)
    void redFlagsChanged(RedFlagsChanged changed) {
        if (!changed.raised().isEmpty()) {
            queue.enqueue(WebhookEvent.RED_FLAG_RAISED, WebhookPayload.newEventId(), flags(changed, changed.raised()));
        }
        if (!changed.cleared().isEmpty()) {
            queue.enqueue(
                    WebhookEvent.RED_FLAG_CLEARED, WebhookPayload.newEventId(), flags(changed, changed.cleared()));
        }
    }

    @TransactionalEventListener(phase = BEFORE_COMMIT, fallbackExecution = true)
    void breachRecorded(BreachRecorded recorded) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("breachId", recorded.breachId());
        data.put("link", links.link("breach/" + recorded.breachId()));
        queue.enqueue(WebhookEvent.BREACH_RECORDED, WebhookPayload.newEventId(), data);
    }

    @TransactionalEventListener(phase = BEFORE_COMMIT, fallbackExecution = true)
    void noticeRecorded(NoticeRecorded recorded) {
        queue.enqueue(
                WebhookEvent.NOTICE_RECORDED,
                WebhookPayload.newEventId(),
                notice(recorded.noticeId(), recorded.agreementId()));
    }

    @TransactionalEventListener(phase = BEFORE_COMMIT, fallbackExecution = true)
    void noticeDecided(NoticeDecided decided) {
        Map<String, Object> data = notice(decided.noticeId(), decided.agreementId());
        data.put("outcome", decided.outcome().name());
        queue.enqueue(WebhookEvent.NOTICE_DECIDED, WebhookPayload.newEventId(), data);
    }

    @TransactionalEventListener(phase = BEFORE_COMMIT, fallbackExecution = true)
    void annexVersionCreated(AnnexVersionCreated created) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("annexId", created.annexId());
        data.put("agreementId", created.agreementId());
        data.put("language", created.language());
        data.put("version", created.version());
        data.put("documentId", created.documentId());
        data.put("link", links.link("agreement/" + created.agreementId()));
        queue.enqueue(WebhookEvent.ANNEX_VERSION_CREATED, WebhookPayload.newEventId(), data);
    }

    private Map<String, Object> flags(RedFlagsChanged changed, Set<RedFlagType> types) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("agreementId", changed.agreementId());
        data.put("flags", types.stream().map(Enum::name).sorted().toList());
        data.put("link", links.link("agreement/" + changed.agreementId()));
        return data;
    }

    private Map<String, Object> notice(long noticeId, long agreementId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", noticeId);
        data.put("agreementId", agreementId);
        data.put("link", links.link("agreement/" + agreementId));
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Long id) {
        if (id != null) {
            data.put(key, id);
        }
    }
}
