package org.dpatracker.deadline;

import java.time.ZoneId;
import java.util.Locale;
import org.dpatracker.core.Dates;
import org.dpatracker.core.Translator;
import org.dpatracker.transfer.Countries;

/** A deadline in words, the same on the deadlines page, in reminders and in calendar entries. */
public final class DeadlineTexts {

    private DeadlineTexts() {}

    public static String kind(Translator texts, Deadline deadline) {
        return texts.t("deadline.kind." + deadline.kind().name());
    }

    /**
     * What it is about. A breach is named by its number only: its description may hold personal data of
     * data subjects, which stays out of mails and calendars.
     */
    public static String subject(Translator texts, Locale locale, Deadline deadline) {
        return switch (deadline.kind()) {
            case BREACH_AUTHORITY, BREACH_SUBJECTS -> texts.t("deadline.breach-subject", deadline.breachId());
            case DELETION_CONFIRMATION -> texts.t("retention.choice." + deadline.subject());
            case AUDIT -> texts.t("deadline.audit-subject");
            case ADEQUACY_REVIEW, ADEQUACY_SUNSET ->
                Countries.name(deadline.subject(), locale) + " (" + deadline.subject() + ")";
            case AGREEMENT_REVIEW, AGREEMENT_END -> "";
            default -> deadline.subject() == null ? "" : deadline.subject();
        };
    }

    /** Whom and what it concerns: the processor and the subject, as far as there are any. */
    public static String about(Translator texts, Locale locale, Deadline deadline) {
        String subject = subject(texts, locale, deadline);
        if (deadline.processorName() == null) {
            return subject;
        }
        return subject.isEmpty() ? deadline.processorName() : deadline.processorName() + " – " + subject;
    }

    /** When it is due, in the reader's language and time zone: date and time for a clock, else the day. */
    public static String due(Deadline deadline, Locale locale, ZoneId zone) {
        if (deadline.dueAt() != null) {
            return Dates.format(deadline.dueAt(), locale, zone);
        }
        return Dates.format(deadline.dueOn(), locale);
    }
}
