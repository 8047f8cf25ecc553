package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.FollowUp;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;

/** Records information given later, in phases, to the authority or the data subjects (Art. 33(4) GDPR). */
class FollowUpDialog extends FormDialog {

    FollowUpDialog(BreachService breaches, Breach breach, Consumer<Breach> saved) {
        setHeaderTitle(getTranslation("breach.follow-up.add"));
        DateTimePicker sentAt =
                new DateTimePicker(getTranslation("breach.follow-up.sent-at"), ClientTime.toLocal(breaches.now()));
        TextField recipient = new TextField(getTranslation("breach.follow-up.recipient"));
        TextArea content = new TextArea(getTranslation("breach.follow-up.content"));
        FormLayout form = new FormLayout(sentAt, recipient, content);
        form.setColspan(content, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            Notifications.attempt(
                            this,
                            () -> breaches.addFollowUp(new FollowUp(
                                    null,
                                    breach.id(),
                                    ClientTime.toInstant(sentAt.getValue()),
                                    recipient.getValue(),
                                    content.getValue())),
                            "breach.follow-up.saved")
                    .ifPresent(result -> {
                        close();
                        saved.accept(result);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
