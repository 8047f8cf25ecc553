package org.dpatracker.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.dpatracker.core.Texts;
import org.dpatracker.core.Translator;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineTexts;

/**
 * Deadlines as a published iCalendar (RFC 5545, METHOD PUBLISH of RFC 5546) in the reader's language: a day
 * deadline is an all-day event, a 72-hour clock an event at its instant in UTC. An event's UID follows the
 * deadline's kind and object, not its date, so a deadline that moves moves its event. A reminder comes at
 * 9:00 on the day before (24 hours before a clock), unless that time has passed. Breaches are named by
 * number only ({@link DeadlineTexts#subject}).
 */
final class CalendarFeed {

    static final String PRODUCT = "-//DPA Tracker//Deadlines//EN";
    static final String UID_DOMAIN = "@dpa-tracker";
    /** Before the start of a due day: at 9:00 the day before. */
    static final Duration DAY_REMINDER = Duration.ofHours(15);

    static final Duration CLOCK_REMINDER = Duration.ofHours(24);
    /** How often a subscribed calendar should fetch the feed again. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Locale locale;
    private final ZoneId zone;
    private final Instant now;
    private final UnaryOperator<String> links;
    private final String organizer;
    private final Translator texts;

    /**
     * @param zone the reader's time zone: the due time in words, and whether a day's reminder has passed
     * @param links makes the absolute address of a page from its path
     * @param organizer the application's mail address, named as the events' organiser (RFC 5546 wants one)
     */
    CalendarFeed(Locale locale, ZoneId zone, Instant now, UnaryOperator<String> links, String organizer) {
        this.locale = locale;
        this.zone = zone;
        this.now = now;
        this.links = links;
        this.organizer = organizer;
        this.texts = (key, arguments) -> Texts.get(locale, key, arguments);
    }

    /** The calendar of these deadlines, as UTF-8 text. */
    byte[] render(List<Deadline> deadlines) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", texts.t("calendar.name")));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        deadlines.forEach(deadline -> calendar.add(event(deadline)));
        StringWriter text = new StringWriter();
        try {
            // Not validated on every fetch: the tests check that the output is valid.
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException | ValidationException impossible) {
            throw new IllegalStateException("A calendar in memory cannot fail to be written", impossible);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(Deadline deadline) {
        String summary = summary(deadline);
        VEvent event = deadline.dueAt() != null
                ? new VEvent(deadline.dueAt(), summary)
                : new VEvent(deadline.dueOn(), deadline.dueOn().plusDays(1), summary);
        String link = links.apply(deadline.path());
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(deadline)));
        Organizer sender = new Organizer(URI.create("mailto:" + organizer));
        sender.add(new Cn(texts.t("app.name")));
        event.add(sender);
        event.add(new Description(description(deadline, link)));
        event.add(new Url(URI.create(link)));
        event.add(ImmutableTransp.TRANSPARENT);
        remind(event, deadline, summary);
        return event;
    }

    /**
     * Adds the reminder: 24 hours before a clock, 15 hours before the start of a due day (9:00 the day
     * before, where the reader lives). None when that moment has passed, or the calendar would raise it at
     * once on every refresh.
     */
    private void remind(VEvent event, Deadline deadline, String summary) {
        boolean clock = deadline.dueAt() != null;
        Duration before = clock ? CLOCK_REMINDER : DAY_REMINDER;
        Instant start =
                clock ? deadline.dueAt() : deadline.dueOn().atStartOfDay(zone).toInstant();
        if (start.minus(before).isAfter(now)) {
            VAlarm alarm = new VAlarm(before.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(summary));
            event.add(alarm);
        }
    }

    /** The deadline's key without its due part, hashed: the same event wherever the deadline moves. */
    static String uid(Deadline deadline) {
        String identity = deadline.kind() + "|" + deadline.object();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + UID_DOMAIN;
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    private String summary(Deadline deadline) {
        String detail = detail(deadline);
        String summary = DeadlineTexts.kind(texts, deadline) + (detail.isEmpty() ? "" : " – " + detail);
        return deadline.overdue() ? texts.t("calendar.overdue", summary) : summary;
    }

    private String description(Deadline deadline, String link) {
        String detail = detail(deadline);
        return texts.t("calendar.due", DeadlineTexts.kind(texts, deadline), DeadlineTexts.due(deadline, locale, zone))
                + (detail.isEmpty() ? "" : "\n" + detail)
                + "\n\n" + texts.t("calendar.open", link);
    }

    /** The processor and what the deadline is about, as the reminders name them. */
    private String detail(Deadline deadline) {
        String subject = DeadlineTexts.subject(texts, locale, deadline);
        if (deadline.processorName() == null) {
            return subject;
        }
        return subject.isEmpty() ? deadline.processorName() : deadline.processorName() + " – " + subject;
    }
}
