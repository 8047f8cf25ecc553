package org.dpatracker.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import org.dpatracker.core.ui.FormMessage;
import org.dpatracker.publication.Draft;
import org.dpatracker.publication.PublicationService;

/** Publishes the draft as a new dated version, with a summary of changes pre-filled from the difference. */
class PublishPanel extends VerticalLayout {

    private final TextArea summary = new TextArea(getTranslation("publist.view.summary"));
    private final Binder<StringBuilder> binder = new Binder<>();

    PublishPanel(PublicationService publication, Draft draft, Runnable published) {
        setPadding(false);
        summary.setWidthFull();
        summary.setMaxLength(4000);
        summary.setValue(
                draft.last().isEmpty()
                        ? getTranslation("publist.view.first-summary")
                        : draft.diff().summary(this::getTranslation));
        binder.forField(summary)
                .asRequired(getTranslation("validation.required"))
                .bind(StringBuilder::toString, (text, value) -> text.replace(0, text.length(), value));
        FormMessage message = new FormMessage();
        Button publish = new Button(getTranslation("publist.view.publish"), click -> {
            StringBuilder text = new StringBuilder();
            if (!binder.writeBeanIfValid(text)) {
                return;
            }
            message.attempt(
                            () -> {
                                publication.publish(text.toString());
                                return text;
                            },
                            Map.of("summary", summary),
                            "publist.view.published")
                    .ifPresent(done -> published.run());
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(draft.publishable());
        add(new H3(getTranslation("publist.view.publish-title")), message, summary, publish);
    }
}
