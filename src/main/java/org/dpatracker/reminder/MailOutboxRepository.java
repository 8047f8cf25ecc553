package org.dpatracker.reminder;

import static org.dpatracker.db.Tables.MAIL_OUTBOX;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Mails to be delivered, written in the transaction that decided to send them: a reminder is recorded and
 * queued together or not at all, and delivered after the commit.
 */
@Repository
class MailOutboxRepository {

    private final DSLContext dsl;

    MailOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void enqueue(String recipient, String subject, String text, String html, Instant now) {
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, recipient)
                .set(MAIL_OUTBOX.SUBJECT, subject)
                .set(MAIL_OUTBOX.TEXT_BODY, text)
                .set(MAIL_OUTBOX.HTML_BODY, html)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    /** Mails neither delivered nor given up whose next attempt is due, oldest first. */
    List<OutgoingMail> due(Instant now, int limit) {
        return dsl.select(
                        MAIL_OUTBOX.ID,
                        MAIL_OUTBOX.RECIPIENT,
                        MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.TEXT_BODY,
                        MAIL_OUTBOX.HTML_BODY,
                        MAIL_OUTBOX.ATTEMPTS)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.FAILED_AT.isNull())
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MAIL_OUTBOX.ID)
                .limit(limit)
                .fetch(mapping(OutgoingMail::new));
    }

    void delivered(long id, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    /** Counts a failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
    void failed(long id, String error, Instant next, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, error.length() > 2000 ? error.substring(0, 2000) : error)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, next == null ? now : next)
                .set(MAIL_OUTBOX.FAILED_AT, next == null ? now : null)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    MailHealth health() {
        return dsl.select(
                        dsl.selectCount()
                                .from(MAIL_OUTBOX)
                                .where(MAIL_OUTBOX.SENT_AT.isNull().and(MAIL_OUTBOX.FAILED_AT.isNull()))
                                .asField(),
                        dsl.selectCount()
                                .from(MAIL_OUTBOX)
                                .where(MAIL_OUTBOX.FAILED_AT.isNotNull())
                                .asField(),
                        dsl.select(org.jooq.impl.DSL.max(MAIL_OUTBOX.SENT_AT))
                                .from(MAIL_OUTBOX)
                                .asField())
                .fetchSingle(row -> new MailHealth(
                        row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Instant.class), List.of()));
    }

    /** The mails given up, newest first, for the administrators. */
    List<FailedMail> givenUp(int limit) {
        return dsl.select(
                        MAIL_OUTBOX.ID,
                        MAIL_OUTBOX.RECIPIENT,
                        MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.ATTEMPTS,
                        MAIL_OUTBOX.FAILED_AT,
                        MAIL_OUTBOX.LAST_ERROR)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.FAILED_AT.isNotNull())
                .orderBy(MAIL_OUTBOX.FAILED_AT.desc())
                .limit(limit)
                .fetch(mapping(FailedMail::new));
    }
}
