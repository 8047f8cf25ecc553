package org.dpatracker.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.FieldProblems;
import org.dpatracker.core.ui.Notifications;
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
        Button publish = new Button(getTranslation("publist.view.publish"), click -> {
            StringBuilder text = new StringBuilder();
            if (!binder.writeBeanIfValid(text)) {
                return;
            }
            try {
                publication.publish(text.toString());
                Notifications.success(this, "publist.view.published");
                published.run();
            } catch (InvalidInputException refused) {
                FieldProblems.show(this, Map.of("summary", summary), refused)
                        .forEach(message -> Notifications.error(this, message));
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(draft.publishable());
        add(new H3(getTranslation("publist.view.publish-title")), summary, publish);
    }
}
