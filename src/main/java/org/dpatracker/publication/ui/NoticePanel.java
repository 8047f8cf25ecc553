package org.dpatracker.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.FormMessage;
import org.dpatracker.publication.ListNotice;
import org.dpatracker.publication.PublicationService;

/**
 * The drafted notice of a new sub-processor: the DPO reviews its summary and effective date (at least the notice
 * period after today) and sends it, which publishes the version and mails the subscribers.
 */
class NoticePanel extends VerticalLayout {

    private final TextArea summary = new TextArea(getTranslation("publist.view.summary"));
    private final FormMessage message = new FormMessage();
    private final DatePicker effectiveOn = new DateField(getTranslation("publist.view.effective-on"));

    NoticePanel(PublicationService publication, ListNotice notice, Runnable sent) {
        setPadding(false);
        setId("list-notice");
        int days = publication.settings().noticePeriodDays();
        LocalDate earliest = publication.today().plusDays(days);
        summary.setWidthFull();
        summary.setMaxLength(4000);
        summary.setRequiredIndicatorVisible(true);
        summary.setValue(notice.summary());
        effectiveOn.setRequiredIndicatorVisible(true);
        effectiveOn.setMin(earliest);
        effectiveOn.setValue(notice.effectiveOn().isBefore(earliest) ? earliest : notice.effectiveOn());
        effectiveOn.setHelperText(getTranslation("publist.view.effective-help", days));
        Button send = new Button(getTranslation("publist.view.send-notice"), click -> {
            message.attempt(
                            () -> {
                                publication.sendNotice(
                                        notice.id(), notice.version(), effectiveOn.getValue(), summary.getValue());
                                return notice;
                            },
                            Map.of("summary", summary, "effectiveOn", effectiveOn),
                            "publist.view.notice-sent")
                    .ifPresent(done -> sent.run());
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H3(getTranslation("publist.view.notice-title")),
                new Paragraph(getTranslation("publist.view.notice-text", ClientTime.date(notice.draftedOn()), days)),
                message,
                summary,
                effectiveOn,
                send);
    }
}
