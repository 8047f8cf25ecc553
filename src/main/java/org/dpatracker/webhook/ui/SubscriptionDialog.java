package org.dpatracker.webhook.ui;

import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.webhook.IssuedSecret;
import org.dpatracker.webhook.WebhookService;
import org.dpatracker.webhook.WebhookSubscription;

/**
 * Adds a webhook subscription, or changes one. A new one comes with its signing secret, which {@code saved}
 * receives (null after a change: the secret stays as it was).
 */
class SubscriptionDialog extends FormDialog {

    SubscriptionDialog(WebhookService webhooks, WebhookSubscription subscription, Consumer<IssuedSecret> saved) {
        boolean isNew = subscription.id() == null;
        setHeaderTitle(
                isNew ? getTranslation("webhook.new") : getTranslation("webhook.edit", subscription.targetUrl()));
        SubscriptionForm form = new SubscriptionForm(subscription);
        add(form);
        addSaveButton(
                "webhook-save",
                form,
                form::read,
                entered -> isNew
                        ? webhooks.create(entered.applyTo(subscription))
                        : new IssuedSecret(webhooks.update(entered.applyTo(subscription)), null),
                "webhook.saved",
                SubscriptionForm.Entered::targetUrl,
                saved);
        setWidth("44rem");
    }
}
