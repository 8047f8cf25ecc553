package org.dpatracker.notice;

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

    NoticeSettlement(ChangeNoticeService notices) {
        this.notices = notices;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        settle();
    }

    @Scheduled(cron = "0 5 * * * *")
    void hourly() {
        settle();
    }

    private void settle() {
        SystemAccess.run(notices::settle);
    }
}
