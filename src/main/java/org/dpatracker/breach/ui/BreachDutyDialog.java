package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.breach.AuthorityNotification;
import org.dpatracker.breach.BreachContent;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;

/** Records what the agreement says about breach notifications. */
class BreachDutyDialog extends FormDialog {

    BreachDutyDialog(BreachService breaches, BreachDuty duty, Runnable saved) {
        setHeaderTitle(getTranslation("breach.duty.title"));
        IntegerField hours = new IntegerField(getTranslation("breach.duty.hours-field"));
        hours.setValue(duty.noticeHours());
        hours.setId("breach-duty-hours");
        TextField wording = new TextField(getTranslation("breach.duty.wording"));
        wording.setValue(duty.noticeWording() == null ? "" : duty.noticeWording());
        wording.setHelperText(getTranslation("breach.duty.wording-help"));
        TextField channel = new TextField(getTranslation("breach.duty.channel"));
        channel.setValue(duty.channel() == null ? "" : duty.channel());
        TextField contact = new TextField(getTranslation("breach.duty.contact"));
        contact.setValue(duty.contact() == null ? "" : duty.contact());
        CheckboxGroup<BreachContent> contents =
                new CheckboxGroup<>(getTranslation("breach.duty.contents"), BreachContent.values());
        contents.setItemLabelGenerator(c -> getTranslation("breach.content." + c.name()));
        contents.setValue(duty.requiredContents());
        contents.setId("breach-duty-contents");
        Checkbox supports = new Checkbox(getTranslation("breach.duty.supports"), duty.supportsController());
        Checkbox onlyWhenNotifiable =
                new Checkbox(getTranslation("breach.duty.only-when-notifiable"), duty.onlyWhenNotifiable());
        onlyWhenNotifiable.setId("breach-duty-only-when-notifiable");
        ComboBox<AuthorityNotification> mayNotify =
                new ComboBox<>(getTranslation("breach.duty.may-notify"), AuthorityNotification.values());
        mayNotify.setItemLabelGenerator(m -> getTranslation("breach.may-notify." + m.name()));
        mayNotify.setValue(duty.mayNotify());
        mayNotify.setClearButtonVisible(true);
        TextField clause = new TextField(getTranslation("breach.duty.clause"));
        clause.setValue(duty.clauseReference() == null ? "" : duty.clauseReference());
        FormLayout form = new FormLayout(
                hours, wording, channel, contact, contents, supports, onlyWhenNotifiable, mayNotify, clause);
        form.setColspan(contents, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> breaches.saveDuty(new BreachDuty(
                                    duty.agreementId(),
                                    hours.getValue(),
                                    wording.getValue(),
                                    channel.getValue(),
                                    contact.getValue(),
                                    contents.getValue(),
                                    supports.getValue(),
                                    mayNotify.getValue(),
                                    clause.getValue(),
                                    duty.version(),
                                    onlyWhenNotifiable.getValue())),
                            "breach.duty.saved")
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("breach-duty-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("44rem");
    }
}
