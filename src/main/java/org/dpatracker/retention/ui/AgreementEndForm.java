package org.dpatracker.retention.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.DeletionChoice;

/**
 * The fields of the end of an agreement: when, the controller's choice, the due date and the processor's
 * confirmation. Public, as are its entered values, for the Binder to read and build them.
 */
public class AgreementEndForm extends EntryForm<AgreementEndForm.Entered> {

    /** What the user enters for the end of an agreement. */
    public record Entered(
            LocalDate endedOn,
            DeletionChoice choice,
            LocalDate dueOn,
            LocalDate confirmedOn,
            String certificateDocument) {

        /** The end's values; deletion unless a choice was recorded. */
        static Entered of(AgreementEnd end) {
            return new Entered(
                    end.endedOn(),
                    end.choice() == null ? DeletionChoice.DELETE : end.choice(),
                    end.dueOn(),
                    end.confirmedOn(),
                    end.certificateDocument());
        }
    }

    private final AgreementEnd original;

    /** Edits {@code original}, the end as recorded (or not recorded yet). */
    AgreementEndForm(AgreementEnd original) {
        super(Entered.class);
        this.original = original;
        DatePicker endedOn = new DateField(getTranslation("retention.end.ended-on"));
        endedOn.setId("end-ended-on");
        RadioButtonGroup<DeletionChoice> choice = new RadioButtonGroup<>(getTranslation("retention.end.choice"));
        choice.setItems(DeletionChoice.values());
        choice.setItemLabelGenerator(c -> getTranslation("retention.choice." + c.name()));
        DatePicker dueOn = new DateField(getTranslation("retention.end.due-on"));
        dueOn.setHelperText(getTranslation("retention.end.due-help"));
        dueOn.setId("end-due-on");
        DatePicker confirmedOn = new DateField(getTranslation("retention.end.confirmed-on"));
        confirmedOn.setId("end-confirmed-on");
        TextField certificate = new TextField(getTranslation("retention.end.certificate"));

        bind("endedOn", endedOn);
        bind("choice", choice);
        bind("dueOn", dueOn);
        bind("confirmedOn", confirmedOn);
        text("certificateDocument", certificate);
        load(Entered.of(original));

        add(endedOn, choice, dueOn, confirmedOn, certificate);
    }

    /** The end as entered, or empty while a field is invalid (the field then says why). */
    Optional<AgreementEnd> read() {
        return entered()
                .map(e -> new AgreementEnd(
                        original.agreementId(),
                        e.endedOn(),
                        e.choice(),
                        e.dueOn(),
                        e.confirmedOn(),
                        e.certificateDocument(),
                        original.version()));
    }
}
