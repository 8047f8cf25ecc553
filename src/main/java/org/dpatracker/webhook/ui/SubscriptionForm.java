package org.dpatracker.webhook.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.webhook.WebhookEvent;
import org.dpatracker.webhook.WebhookSubscription;

/**
 * The fields of a webhook subscription: where it goes, what it is for, which events it is sent and whether it
 * is on. Public, as are its entered values, for the Binder.
 */
public class SubscriptionForm extends EntryForm<SubscriptionForm.Entered> {

    /** What the administrator enters for a subscription. */
    public record Entered(String targetUrl, String description, Set<WebhookEvent> events, boolean enabled) {

        WebhookSubscription applyTo(WebhookSubscription subscription) {
            return new WebhookSubscription(
                    subscription.id(),
                    subscription.version(),
                    targetUrl,
                    description,
                    events,
                    enabled,
                    subscription.createdAt());
        }
    }

    SubscriptionForm(WebhookSubscription subscription) {
        super(Entered.class);
        TextField url = new TextField(getTranslation("webhook.target-url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://");
        url.setHelperText(getTranslation("webhook.target-url.help"));
        TextField description = new TextField(getTranslation("webhook.description"));
        description.setId("webhook-description");
        CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>(getTranslation("webhook.events"));
        events.setItems(WebhookEvent.subscribable());
        events.setItemLabelGenerator(event -> getTranslation("webhook.event." + event.name()));
        events.setId("webhook-events");
        Checkbox enabled = new Checkbox(getTranslation("webhook.enabled"));
        enabled.setId("webhook-enabled");

        text("targetUrl", url);
        text("description", description);
        bind("events", events);
        bind("enabled", enabled);
        load(new Entered(
                subscription.targetUrl(), subscription.description(), subscription.events(), subscription.enabled()));

        add(url, description, events, enabled);
        setColspan(url, 2);
        setColspan(description, 2);
        setColspan(events, 2);
    }

    /** The subscription as entered. */
    Optional<Entered> read() {
        return entered();
    }
}
