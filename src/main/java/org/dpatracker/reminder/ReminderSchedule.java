package org.dpatracker.reminder;

import org.dpatracker.breach.BreachRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the reminders every few minutes ({@code dpa.reminders.interval}, default five) and at once after a
 * breach was recorded, so that its 72-hour clock reaches the DPO within the minute.
 */
@Component
@ConditionalOnProperty(name = "dpa.reminders.scheduled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderJob job;
    private final TaskExecutor executor;

    ReminderSchedule(ReminderJob job, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.job = job;
        this.executor = executor;
    }

    @Scheduled(
            fixedDelayString = "${dpa.reminders.interval:PT5M}",
            initialDelayString = "${dpa.reminders.initial-delay:PT1M}")
    void everyFewMinutes() {
        runLogged();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void breachRecorded(BreachRecorded recorded) {
        executor.execute(this::runLogged);
    }

    private void runLogged() {
        try {
            ReminderRun run = job.run();
            if (run.reminders() > 0 || run.delivered() > 0) {
                LOG.info(
                        "Reminders: {} recorded, {} mails queued, {} delivered in {} ms",
                        run.reminders(),
                        run.mails(),
                        run.delivered(),
                        run.took().toMillis());
            }
        } catch (RuntimeException failure) {
            LOG.error("The reminder run failed; the next run tries again", failure);
        }
    }
}
