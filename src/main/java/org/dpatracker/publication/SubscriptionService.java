package org.dpatracker.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpatracker.core.UrlSecret;
import org.dpatracker.core.Validation;
import org.dpatracker.reminder.MailQueue;
import org.dpatracker.reminder.MailSettings;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to the list by e-mail with double opt-in: an address receives announcements only after its
 * owner followed the confirmation link; every mail has a link that ends the subscription and deletes the
 * address. Whether an address is subscribed is never told to the visitor. Addresses are kept out of the change
 * history on purpose: it cannot be erased, and an address that leaves must be gone.
 */
@Service
public class SubscriptionService {

    /** How long a confirmation link works; unconfirmed addresses are deleted after it. */
    static final Duration CONFIRMATION_VALID = Duration.ofDays(7);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String PAGE = "public/subprocessors";

    private final SubscriberRepository subscribers;
    private final ListSources sources;
    private final MailQueue mail;
    private final MailSettings settings;
    private final Clock clock;

    SubscriptionService(
            SubscriberRepository subscribers, ListSources sources, MailQueue mail, MailSettings settings, Clock clock) {
        this.subscribers = subscribers;
        this.sources = sources;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks the owner of the address to confirm; an address already confirmed gets nothing. */
    @PermitAll
    @Transactional
    public void subscribe(String email, Locale language) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        new Validation()
                .require(
                        address.length() <= 320 && EMAIL.matcher(address).matches(),
                        "email",
                        "publist.validation.email")
                .throwIfInvalid();
        Instant now = clock.instant();
        subscribers.deleteUnconfirmedBefore(now.minus(CONFIRMATION_VALID));
        Optional<Subscriber> known = subscribers.byEmail(address);
        if (known.isPresent() && known.get().confirmed()) {
            return;
        }
        long id = known.map(Subscriber::id).orElseGet(() -> subscribers.insert(address, language, now));
        known.ifPresent(subscriber -> subscribers.renew(subscriber.id(), language, now));
        String confirm = token(id, TokenPurpose.CONFIRM, now);
        ListMail message = ListMail.confirmation(
                sources.publisher(), link("confirm", confirm, language), unsubscribeLink(id, language, now), language);
        mail.send(address, message.subject(), message.text(), message.html());
    }

    /** Confirms the subscription the link was mailed for; false when the link is unknown or too old. */
    @PermitAll
    @Transactional
    public boolean confirm(String token) {
        Instant now = clock.instant();
        Optional<Long> holder = holder(token, TokenPurpose.CONFIRM, now.minus(CONFIRMATION_VALID));
        holder.ifPresent(id -> subscribers.confirm(id, now));
        return holder.isPresent();
    }

    /** Ends the subscription the link was mailed for and deletes the address; false when the link is unknown. */
    @PermitAll
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Long> holder = holder(token, TokenPurpose.UNSUBSCRIBE, Instant.EPOCH);
        holder.ifPresent(subscribers::delete);
        return holder.isPresent();
    }

    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public int confirmedCount() {
        return subscribers.countConfirmed();
    }

    /** Mails the new version to every confirmed subscriber, in the publishing transaction. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(ListVersion version, String publisher) {
        Instant now = clock.instant();
        for (Subscriber subscriber : subscribers.confirmed()) {
            ListMail message = ListMail.announcement(
                    version,
                    publisher,
                    settings.link(PAGE + "?lang=" + subscriber.language().getLanguage()),
                    unsubscribeLink(subscriber.id(), subscriber.language(), now),
                    subscriber.language());
            mail.send(subscriber.email(), message.subject(), message.text(), message.html());
        }
    }

    private Optional<Long> holder(String token, TokenPurpose purpose, Instant notBefore) {
        if (!UrlSecret.wellFormed(token)) {
            return Optional.empty();
        }
        return subscribers.holderOf(UrlSecret.hash(token), purpose, notBefore);
    }

    private String unsubscribeLink(long id, Locale language, Instant now) {
        return link("unsubscribe", token(id, TokenPurpose.UNSUBSCRIBE, now), language);
    }

    private String token(long subscriberId, TokenPurpose purpose, Instant now) {
        String token = UrlSecret.create();
        subscribers.addToken(subscriberId, UrlSecret.hash(token), purpose, now);
        return token;
    }

    private String link(String action, String token, Locale language) {
        return settings.link(PAGE + "/" + action + "?token=" + token + "&lang=" + language.getLanguage());
    }
}
