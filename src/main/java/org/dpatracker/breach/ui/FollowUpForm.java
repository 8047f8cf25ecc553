package org.dpatracker.breach.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Optional;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.FollowUp;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of information given later about a breach: when, to whom, what. Public, as are its entered
 * values, for the Binder to read and build them.
 */
public class FollowUpForm extends EntryForm<FollowUpForm.Entered> {

    /** What the user enters for a follow-up. */
    public record Entered(Instant sentAt, String recipient, String content) {}

    private final Breach breach;

    /** A new follow-up of {@code breach}, sent at {@code now}. */
    FollowUpForm(Breach breach, Instant now) {
        super(Entered.class);
        this.breach = breach;
        DateTimePicker sentAt = new DateTimePicker(getTranslation("breach.follow-up.sent-at"));
        sentAt.setId("follow-up-sent-at");
        TextField recipient = new TextField(getTranslation("breach.follow-up.recipient"));
        recipient.setId("follow-up-recipient");
        TextArea content = new TextArea(getTranslation("breach.follow-up.content"));
        content.setId("follow-up-content");

        instant("sentAt", sentAt);
        text("recipient", recipient);
        text("content", content);
        load(new Entered(now, null, null));

        add(sentAt, recipient, content);
        setColspan(content, 2);
    }

    /** The follow-up as entered, or empty while a field is invalid (the field then says why). */
    Optional<FollowUp> read() {
        return entered().map(e -> new FollowUp(null, breach.id(), e.sentAt(), e.recipient(), e.content()));
    }
}
