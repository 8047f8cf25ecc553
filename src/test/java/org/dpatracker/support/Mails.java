package org.dpatracker.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** A received mail as a test reads it: recipient, subject, and its plain-text and HTML parts. */
public record Mails(String recipient, String subject, String text, String html) {

    public static Mails of(MimeMessage message) {
        try {
            String recipient = Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .findFirst()
                    .orElse("");
            return new Mails(recipient, message.getSubject(), part(message, "text/plain"), part(message, "text/html"));
        } catch (Exception unreadable) {
            throw new IllegalStateException("The test could not read a received mail", unreadable);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
