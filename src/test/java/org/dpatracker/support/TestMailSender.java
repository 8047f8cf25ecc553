package org.dpatracker.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The application's SMTP sender in the tests: real SMTP to the configured server, which a test can make lose
 * the connection after the server accepted a mail to one recipient (as a crash between delivery and recording
 * it would), or refuse every mail.
 */
public class TestMailSender extends JavaMailSenderImpl {

    private final AtomicReference<String> crashAfterSendingTo = new AtomicReference<>();
    private final AtomicBoolean refuseAll = new AtomicBoolean();

    TestMailSender(String host, int port) {
        setHost(host);
        setPort(port);
    }

    public void crashAfterSendingTo(String recipient) {
        crashAfterSendingTo.set(recipient);
    }

    public void refuseAll(boolean refuse) {
        refuseAll.set(refuse);
    }

    public void reset() {
        crashAfterSendingTo.set(null);
        refuseAll.set(false);
    }

    @Override
    public void send(MimeMessage message) {
        if (refuseAll.get()) {
            throw new MailSendException("550 mailbox unavailable");
        }
        super.send(message);
        if (sentTo(message, crashAfterSendingTo.get())) {
            throw new MailSendException("connection lost after the server accepted the mail");
        }
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return recipient != null
                    && Arrays.stream(message.getAllRecipients())
                            .anyMatch(address -> address.toString().equals(recipient));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
