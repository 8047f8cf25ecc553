package org.dpatracker.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.Texts;
import org.dpatracker.core.Translator;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineTexts;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of a reminder or a digest in the reader's language and time zone, in plain text and HTML, with a
 * link straight to the page that deals with each deadline. Breaches appear by number only: no personal data
 * of data subjects goes into mail.
 */
record ReminderMail(String subject, String text, String html) {

    /** A mail lists at most this many deadlines, the nearest first; the deadlines page has the rest. */
    static final int MAX_LISTED = 50;

    static ReminderMail reminder(
            Deadline deadline, String stage, String name, Locale locale, ZoneId zone, MailSettings settings) {
        Translator texts = (key, arguments) -> Texts.get(locale, key, arguments);
        String kind = DeadlineTexts.kind(texts, deadline);
        String due = DeadlineTexts.due(deadline, locale, zone);
        String subject = ReminderPlan.OVERDUE.equals(stage)
                ? texts.t("mail.reminder.subject-overdue", kind, due)
                : texts.t("mail.reminder.subject", kind, due);
        Lines lines = new Lines(texts.t("mail.greeting", name));
        lines.add(
                ReminderPlan.OVERDUE.equals(stage)
                        ? texts.t("mail.reminder.overdue", kind, due)
                        : texts.t("mail.reminder.due", kind, due));
        describe(lines, texts, locale, deadline);
        lines.link(texts.t("mail.open"), settings.link(deadline.path()));
        lines.footer(texts.t("mail.footer"), settings.link("preferences"));
        return new ReminderMail(subject, lines.text(), lines.html());
    }

    /** The digest of a day or week: what is overdue and what falls due within seven days. */
    static ReminderMail digest(
            List<Deadline> deadlines,
            String period,
            Instant now,
            String name,
            Locale locale,
            ZoneId zone,
            MailSettings settings) {
        Translator texts = (key, arguments) -> Texts.get(locale, key, arguments);
        return listing(
                texts.t("mail.digest.subject", period),
                deadlines.isEmpty() ? texts.t("mail.digest.none") : texts.t("mail.digest.intro", deadlines.size()),
                deadlines,
                now,
                name,
                locale,
                zone,
                settings);
    }

    /** Many reminders of one run in one mail, rather than a mail for each. */
    static ReminderMail collected(
            List<Deadline> deadlines, Instant now, String name, Locale locale, ZoneId zone, MailSettings settings) {
        Translator texts = (key, arguments) -> Texts.get(locale, key, arguments);
        return listing(
                texts.t("mail.collected.subject", deadlines.size()),
                texts.t("mail.collected.intro", deadlines.size()),
                deadlines,
                now,
                name,
                locale,
                zone,
                settings);
    }

    private static ReminderMail listing(
            String subject,
            String intro,
            List<Deadline> deadlines,
            Instant now,
            String name,
            Locale locale,
            ZoneId zone,
            MailSettings settings) {
        Translator texts = (key, arguments) -> Texts.get(locale, key, arguments);
        Lines lines = new Lines(texts.t("mail.greeting", name));
        lines.add(intro);
        for (Deadline deadline : deadlines.stream().limit(MAX_LISTED).toList()) {
            String state = ReminderPlan.passed(deadline, now, zone) ? texts.t("deadline.overdue") + ": " : "";
            lines.item(
                    state + DeadlineTexts.kind(texts, deadline) + " – " + DeadlineTexts.due(deadline, locale, zone),
                    DeadlineTexts.about(texts, locale, deadline),
                    settings.link(deadline.path()));
        }
        if (deadlines.size() > MAX_LISTED) {
            lines.link(texts.t("mail.listing.more", deadlines.size() - MAX_LISTED), settings.link("deadlines"));
        }
        if (deadlines.size() > MAX_LISTED) {
            lines.link(texts.t("mail.listing.more", deadlines.size() - MAX_LISTED), settings.link("deadlines"));
        }
        lines.footer(texts.t("mail.footer"), settings.link("preferences"));
        return new ReminderMail(subject, lines.text(), lines.html());
    }

    private static void describe(Lines lines, Translator texts, Locale locale, Deadline deadline) {
        String detail = DeadlineTexts.about(texts, locale, deadline);
        if (!detail.isEmpty()) {
            lines.add(detail);
        }
    }

    /** The same paragraphs as plain text and as escaped HTML. */
    private static final class Lines {

        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");

        Lines(String greeting) {
            add(greeting);
        }

        void add(String paragraph) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>");
        }

        void link(String label, String url) {
            text.append(label).append(": ").append(url).append("\n\n");
            html.append("<p><a href=\"")
                    .append(HtmlUtils.htmlEscape(url))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(label))
                    .append("</a></p>");
        }

        void item(String title, String detail, String url) {
            text.append("- ").append(title);
            if (!detail.isEmpty()) {
                text.append("\n  ").append(detail);
            }
            text.append("\n  ").append(url).append("\n");
            html.append("<p><a href=\"")
                    .append(HtmlUtils.htmlEscape(url))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(title))
                    .append("</a>");
            if (!detail.isEmpty()) {
                html.append("<br>").append(HtmlUtils.htmlEscape(detail));
            }
            html.append("</p>");
        }

        void footer(String note, String url) {
            text.append("\n-- \n").append(note).append("\n").append(url).append("\n");
            html.append("<hr><p style=\"color:#666;font-size:smaller\">")
                    .append(HtmlUtils.htmlEscape(note))
                    .append(" <a href=\"")
                    .append(HtmlUtils.htmlEscape(url))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(url))
                    .append("</a></p>");
        }

        String text() {
            return text.toString();
        }

        String html() {
            return html + "</body></html>";
        }
    }
}
