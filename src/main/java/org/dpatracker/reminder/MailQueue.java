package org.dpatracker.reminder;

import java.time.Clock;
import java.time.Duration;
import org.dpatracker.core.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail for other features (e.g. to the subscribers of our published sub-processor list): queued in the
 * outbox inside the caller's transaction and delivered right after the commit, in the background, with the
 * outbox's retries. Nothing is queued when mail is off.
 */
@Component
public class MailQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    private static final int LOCK_ATTEMPTS = 10;
    private static final Duration LOCK_PAUSE = Duration.ofMillis(500);

    private final MailOutboxRepository outbox;
    private final MailDelivery delivery;
    private final MailSettings settings;
    private final JobLock lock;
    private final TaskExecutor executor;
    private final Clock clock;

    MailQueue(
            MailOutboxRepository outbox,
            MailDelivery delivery,
            MailSettings settings,
            JobLock lock,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.settings = settings;
        this.lock = lock;
        this.executor = executor;
        this.clock = clock;
    }

    /** Queues the mail; says whether it did (not when mail is off). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(String recipient, String subject, String text, String html) {
        if (!settings.enabled()) {
            return false;
        }
        outbox.enqueue(recipient, subject, text, html, clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(MailQueue.this::deliver);
            }
        });
        return true;
    }

    /**
     * Delivers the outbox. While another run holds the lock it may have read the outbox before this mail was
     * committed, so this tries again a few times before leaving the mail to the next reminder run.
     */
    private void deliver() {
        try {
            for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
                if (lock.runExclusively("mail-delivery", Duration.ofMinutes(10), delivery::deliverDue)) {
                    return;
                }
                Thread.sleep(LOCK_PAUSE.toMillis());
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            LOG.warn("Delivering the outbox failed; the next reminder run tries again", failure);
        }
    }
}
