package org.dpatracker.notice.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of an objection to a subprocessor change: the reason, and how and when it was sent. Public,
 * as are its entered values, for the Binder to read and build them.
 */
public class ObjectionForm extends EntryForm<ObjectionForm.Entered> {

    /** What the user enters for an objection. */
    public record Entered(String objectionReason, LocalDate objectionSentOn, String objectionSentVia) {}

    /** A new objection, sent today. */
    ObjectionForm() {
        super(Entered.class);
        TextArea reason = new TextArea(getTranslation("notice.reason"));
        reason.setId("objection-reason");
        reason.setWidthFull();
        DatePicker sentOn = new DateField(getTranslation("notice.sent-on"));
        sentOn.setId("objection-sent-on");
        TextField sentVia = new TextField(getTranslation("notice.sent-via"));
        sentVia.setId("objection-sent-via");

        text("objectionReason", reason);
        bind("objectionSentOn", sentOn);
        text("objectionSentVia", sentVia);
        load(new Entered(null, LocalDate.now(), null));

        add(reason, sentOn, sentVia);
        setColspan(reason, 2);
    }

    /** The objection as entered, or empty while a field is invalid (the field then says why). */
    Optional<Entered> read() {
        return entered();
    }
}
