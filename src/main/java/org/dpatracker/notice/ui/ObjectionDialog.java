package org.dpatracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.OpenNotice;

/** Objects to a subprocessor change: the reason, and how and when the objection was sent. */
class ObjectionDialog extends FormDialog {

    ObjectionDialog(ChangeNoticeService notices, OpenNotice open, Runnable decided) {
        setHeaderTitle(getTranslation("notice.object-title", open.proposedName()));
        TextArea reason = new TextArea(getTranslation("notice.reason"));
        reason.setId("objection-reason");
        reason.setWidthFull();
        DatePicker sentOn = new DatePicker(getTranslation("notice.sent-on"), LocalDate.now());
        TextField sentVia = new TextField(getTranslation("notice.sent-via"));
        sentVia.setId("objection-sent-via");
        FormLayout form = new FormLayout(reason, sentOn, sentVia);
        form.setColspan(reason, 2);
        add(form);
        Button object = new Button(getTranslation("notice.object"), click -> {
            try {
                notices.decide(
                        open.notice().id(),
                        open.notice().version(),
                        false,
                        reason.getValue(),
                        sentOn.getValue(),
                        sentVia.getValue());
                close();
                Notifications.success(this, "notice.objected", open.proposedName());
                decided.run();
            } catch (InvalidInputException | ConcurrentEditException refused) {
                Notifications.refused(this, refused);
            }
        });
        object.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        object.setId("objection-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), object);
        setWidth("40rem");
    }
}
