package org.dpatracker.breach.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.breach.AuthorityNotification;
import org.dpatracker.breach.BreachContent;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of what an agreement says about breach notifications: how fast, how, to whom, with what.
 * Public, as are its entered values, for the Binder to read and build them.
 */
public class BreachDutyForm extends EntryForm<BreachDutyForm.Entered> {

    /** What the user enters for the breach duties. */
    public record Entered(
            Integer noticeHours,
            String noticeWording,
            String channel,
            String contact,
            Set<BreachContent> requiredContents,
            boolean supportsController,
            boolean onlyWhenNotifiable,
            AuthorityNotification mayNotify,
            String clauseReference) {

        static Entered of(BreachDuty d) {
            return new Entered(
                    d.noticeHours(),
                    d.noticeWording(),
                    d.channel(),
                    d.contact(),
                    d.requiredContents(),
                    d.supportsController(),
                    d.onlyWhenNotifiable(),
                    d.mayNotify(),
                    d.clauseReference());
        }
    }

    private final BreachDuty original;

    /** Edits {@code original}, the duties as recorded (or not recorded yet). */
    BreachDutyForm(BreachDuty original) {
        super(Entered.class);
        this.original = original;
        IntegerField hours = new IntegerField(getTranslation("breach.duty.hours-field"));
        hours.setId("breach-duty-hours");
        TextField wording = new TextField(getTranslation("breach.duty.wording"));
        wording.setHelperText(getTranslation("breach.duty.wording-help"));
        TextField channel = new TextField(getTranslation("breach.duty.channel"));
        TextField contact = new TextField(getTranslation("breach.duty.contact"));
        CheckboxGroup<BreachContent> contents =
                new CheckboxGroup<>(getTranslation("breach.duty.contents"), BreachContent.values());
        contents.setItemLabelGenerator(c -> getTranslation("breach.content." + c.name()));
        contents.setId("breach-duty-contents");
        Checkbox supports = new Checkbox(getTranslation("breach.duty.supports"));
        Checkbox onlyWhenNotifiable = new Checkbox(getTranslation("breach.duty.only-when-notifiable"));
        onlyWhenNotifiable.setId("breach-duty-only-when-notifiable");
        ComboBox<AuthorityNotification> mayNotify =
                new ComboBox<>(getTranslation("breach.duty.may-notify"), AuthorityNotification.values());
        mayNotify.setItemLabelGenerator(m -> getTranslation("breach.may-notify." + m.name()));
        mayNotify.setClearButtonVisible(true);
        TextField clause = new TextField(getTranslation("breach.duty.clause"));

        bind("noticeHours", hours);
        text("noticeWording", wording);
        text("channel", channel);
        text("contact", contact);
        bind("requiredContents", contents);
        bind("supportsController", supports);
        bind("onlyWhenNotifiable", onlyWhenNotifiable);
        bind("mayNotify", mayNotify);
        text("clauseReference", clause);
        load(Entered.of(original));

        add(hours, wording, channel, contact, contents, supports, onlyWhenNotifiable, mayNotify, clause);
        setColspan(contents, 2);
    }

    /** The duties as entered, or empty while a field is invalid (the field then says why). */
    Optional<BreachDuty> read() {
        return entered()
                .map(e -> new BreachDuty(
                        original.agreementId(),
                        e.noticeHours(),
                        e.noticeWording(),
                        e.channel(),
                        e.contact(),
                        e.requiredContents(),
                        e.supportsController(),
                        e.mayNotify(),
                        e.clauseReference(),
                        original.version(),
                        e.onlyWhenNotifiable()));
    }
}
