package org.dpatracker.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dpatracker.core.RetryPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox through SMTP: each mail as plain text with an HTML alternative. A mail that fails is
 * tried again after a growing pause and given up after the last attempt of the {@link RetryPlan};
 * administrators see it then.
 * A mail is marked delivered after the server accepted it, so a crash between the two sends it once more at
 * most.
 */
@Component
class MailDelivery {

    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final MailOutboxRepository outbox;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    MailDelivery(
            MailOutboxRepository outbox, MailSettings settings, ObjectProvider<JavaMailSender> sender, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    /** Delivers the mails that are due; returns how many the server accepted. */
    int deliverDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (!settings.enabled() || mail == null) {
            return 0;
        }
        int delivered = 0;
        List<OutgoingMail> batch = outbox.due(clock.instant(), BATCH);
        while (!batch.isEmpty()) {
            delivered += deliver(mail, batch);
            batch = outbox.due(clock.instant(), BATCH);
        }
        return delivered;
    }

    /** Delivers one batch; a mail that fails waits for its next attempt, so the next batch holds others. */
    private int deliver(JavaMailSender mail, List<OutgoingMail> batch) {
        int delivered = 0;
        for (OutgoingMail due : batch) {
            try {
                mail.send(message(mail, due));
                outbox.delivered(due.id(), clock.instant());
                delivered++;
            } catch (MailException | MessagingException failure) {
                int attempts = due.attempts() + 1;
                Instant next = RetryPlan.next(attempts, clock.instant()).orElse(null);
                LOG.warn(
                        "Mail {} to the outbox's recipient failed (attempt {}): {}",
                        due.id(),
                        attempts,
                        failure.getMessage());
                outbox.failed(due.id(), String.valueOf(failure.getMessage()), next, clock.instant());
            }
        }
        return delivered;
    }

    private MimeMessage message(JavaMailSender mail, OutgoingMail due) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(due.recipient());
        helper.setSubject(due.subject());
        helper.setText(due.text(), due.html());
        return message;
    }
}
