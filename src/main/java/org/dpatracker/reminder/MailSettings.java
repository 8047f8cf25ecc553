package org.dpatracker.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where mail goes out and what its links point to. Mail is on when an SMTP host is configured
 * ({@code SMTP_HOST}); without one, reminders still reach the inbox and the application says that mail is off.
 */
@Component
public class MailSettings {

    private final String host;
    private final String from;
    private final String baseUrl;

    MailSettings(
            @Value("${spring.mail.host:}") String host,
            @Value("${dpa.mail.from:dpa-tracker@localhost}") String from,
            @Value("${dpa.base-url:http://localhost:8080}") String baseUrl) {
        this.host = host;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    /** The sender of the mails, also named as the organiser of calendar entries. */
    public String from() {
        return from;
    }

    /** The address of a page, for links in mails and calendar entries. */
    public String link(String path) {
        return baseUrl + "/" + path;
    }
}
