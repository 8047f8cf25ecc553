package org.dpatracker.notice;

import java.time.Duration;
import org.dpatracker.core.JobLock;
import org.dpatracker.security.SystemAccess;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles notices at start-up and every hour: deemed acceptance after the deadline, changes on their effective date.
 */
@Component
class NoticeSettlement {

    private final ChangeNoticeService notices;
    private final JobLock lock;

    NoticeSettlement(ChangeNoticeService notices, JobLock lock) {
        this.notices = notices;
        this.lock = lock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        settle();
    }

    @Scheduled(cron = "0 5 * * * *")
    void hourly() {
        settle();
    }

    /** One node settles at a time; settling twice would change nothing, but the lock spares the work. */
    private void settle() {
        lock.runExclusively("notice-settlement", Duration.ofMinutes(30), () -> SystemAccess.run(notices::settle));
    }
}
