package org.dpatracker.reminder;

import static org.dpatracker.db.Tables.INBOX_ITEM;
import static org.dpatracker.db.Tables.REMINDER_PREFERENCE;
import static org.dpatracker.db.Tables.REMINDER_SENT;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpatracker.deadline.Deadline;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The users' reminder preferences, the reminders sent (each once) and the inbox. */
@Repository
class ReminderRepository {

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ReminderPreferences> preferencesOf(long userId) {
        return dsl.selectFrom(REMINDER_PREFERENCE)
                .where(REMINDER_PREFERENCE.USER_ID.eq(userId))
                .fetchOptional(ReminderRepository::preferences);
    }

    Map<Long, ReminderPreferences> allPreferences() {
        return dsl.selectFrom(REMINDER_PREFERENCE).fetch(ReminderRepository::preferences).stream()
                .collect(Collectors.toMap(ReminderPreferences::userId, preferences -> preferences));
    }

    void insert(ReminderPreferences preferences) {
        dsl.insertInto(REMINDER_PREFERENCE)
                .set(REMINDER_PREFERENCE.USER_ID, preferences.userId())
                .set(REMINDER_PREFERENCE.MAIL_LANGUAGE, language(preferences))
                .set(REMINDER_PREFERENCE.TIME_ZONE, preferences.timeZone().getId())
                .set(REMINDER_PREFERENCE.DIGEST, preferences.digest())
                .set(REMINDER_PREFERENCE.LEAD_DAYS, leadDays(preferences))
                .set(REMINDER_PREFERENCE.OPTED_OUT, preferences.optedOut())
                .set(REMINDER_PREFERENCE.VERSION, 0)
                .execute();
    }

    /** Saves changed preferences unless they changed since {@code preferences.version()}; says whether. */
    boolean update(ReminderPreferences preferences) {
        return dsl.update(REMINDER_PREFERENCE)
                        .set(REMINDER_PREFERENCE.MAIL_LANGUAGE, language(preferences))
                        .set(
                                REMINDER_PREFERENCE.TIME_ZONE,
                                preferences.timeZone().getId())
                        .set(REMINDER_PREFERENCE.DIGEST, preferences.digest())
                        .set(REMINDER_PREFERENCE.LEAD_DAYS, leadDays(preferences))
                        .set(REMINDER_PREFERENCE.OPTED_OUT, preferences.optedOut())
                        .set(REMINDER_PREFERENCE.VERSION, preferences.version() + 1)
                        .where(REMINDER_PREFERENCE.USER_ID.eq(preferences.userId()))
                        .and(REMINDER_PREFERENCE.VERSION.eq(preferences.version()))
                        .execute()
                == 1;
    }

    /**
     * Records that {@code userId} was reminded of {@code key} at {@code stage}, unless that was recorded
     * before (by this node or another): says whether this call recorded it.
     */
    boolean recordSent(String key, long userId, String stage, Instant now) {
        try {
            return dsl.insertInto(REMINDER_SENT)
                            .set(REMINDER_SENT.DEADLINE_KEY, key)
                            .set(REMINDER_SENT.USER_ID, userId)
                            .set(REMINDER_SENT.STAGE, stage)
                            .set(REMINDER_SENT.SENT_AT, now)
                            .onConflictDoNothing()
                            .execute()
                    == 1;
        } catch (DuplicateKeyException recordedMeanwhile) {
            return false;
        }
    }

    int countSent() {
        return dsl.fetchCount(REMINDER_SENT);
    }

    void addToInbox(long userId, Deadline deadline, String stage, Instant now) {
        dsl.insertInto(INBOX_ITEM)
                .set(INBOX_ITEM.USER_ID, userId)
                .set(INBOX_ITEM.DEADLINE_KEY, deadline.key())
                .set(INBOX_ITEM.KIND, deadline.kind())
                .set(INBOX_ITEM.STAGE, stage)
                .set(INBOX_ITEM.SUBJECT, deadline.subject())
                .set(INBOX_ITEM.DUE_AT, deadline.dueAt())
                .set(INBOX_ITEM.DUE_ON, deadline.dueOn())
                .set(INBOX_ITEM.PATH, deadline.path())
                .set(INBOX_ITEM.CREATED_AT, now)
                .execute();
    }

    List<InboxItem> inbox(long userId, int limit) {
        return dsl.select(
                        INBOX_ITEM.ID,
                        INBOX_ITEM.KIND,
                        INBOX_ITEM.STAGE,
                        INBOX_ITEM.SUBJECT,
                        INBOX_ITEM.DUE_AT,
                        INBOX_ITEM.DUE_ON,
                        INBOX_ITEM.PATH,
                        INBOX_ITEM.CREATED_AT,
                        INBOX_ITEM.READ_AT)
                .from(INBOX_ITEM)
                .where(INBOX_ITEM.USER_ID.eq(userId))
                .orderBy(INBOX_ITEM.READ_AT.isNull().desc(), INBOX_ITEM.CREATED_AT.desc(), INBOX_ITEM.ID.desc())
                .limit(limit)
                .fetch(mapping(InboxItem::new));
    }

    int unread(long userId) {
        return dsl.fetchCount(INBOX_ITEM, INBOX_ITEM.USER_ID.eq(userId).and(INBOX_ITEM.READ_AT.isNull()));
    }

    void markRead(long userId, long itemId, Instant now) {
        dsl.update(INBOX_ITEM)
                .set(INBOX_ITEM.READ_AT, now)
                .where(INBOX_ITEM.ID.eq(itemId))
                .and(INBOX_ITEM.USER_ID.eq(userId))
                .and(INBOX_ITEM.READ_AT.isNull())
                .execute();
    }

    void markAllRead(long userId, Instant now) {
        dsl.update(INBOX_ITEM)
                .set(INBOX_ITEM.READ_AT, now)
                .where(INBOX_ITEM.USER_ID.eq(userId))
                .and(INBOX_ITEM.READ_AT.isNull())
                .execute();
    }

    private static ReminderPreferences preferences(Record row) {
        String language = row.get(REMINDER_PREFERENCE.MAIL_LANGUAGE);
        return new ReminderPreferences(
                row.get(REMINDER_PREFERENCE.USER_ID),
                language == null ? null : Locale.forLanguageTag(language),
                ZoneId.of(row.get(REMINDER_PREFERENCE.TIME_ZONE)),
                row.get(REMINDER_PREFERENCE.DIGEST),
                Arrays.stream(row.get(REMINDER_PREFERENCE.LEAD_DAYS).split(","))
                        .filter(part -> !part.isBlank())
                        .map(part -> Integer.valueOf(part.trim()))
                        .toList(),
                row.get(REMINDER_PREFERENCE.OPTED_OUT),
                row.get(REMINDER_PREFERENCE.VERSION));
    }

    private static String language(ReminderPreferences preferences) {
        return preferences.mailLanguage() == null
                ? null
                : preferences.mailLanguage().toLanguageTag();
    }

    private static String leadDays(ReminderPreferences preferences) {
        return preferences.leadDays().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
