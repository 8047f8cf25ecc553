package org.dpatracker.webhook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.webhook.WebhookDelivery;
import org.dpatracker.webhook.WebhookService;
import org.dpatracker.webhook.WebhookSubscription;

/** The latest deliveries to one subscription: which event, when, how often tried, and how it went. */
class DeliveryLog extends VerticalLayout {

    static final int SHOWN = 100;

    private final transient WebhookService webhooks;
    private final H3 title = new H3();
    private final Grid<WebhookDelivery> grid = new Grid<>();

    DeliveryLog(WebhookService webhooks) {
        this.webhooks = webhooks;
        setPadding(false);
        grid.addColumn(delivery ->
                        getTranslation("webhook.event." + delivery.event().name()))
                .setHeader(getTranslation("webhook.log.event"))
                .setKey("event")
                .setAutoWidth(true);
        grid.addColumn(delivery -> ClientTime.format(delivery.createdAt()))
                .setHeader(getTranslation("webhook.log.created"))
                .setKey("created")
                .setAutoWidth(true);
        grid.addColumn(WebhookDelivery::attempts)
                .setHeader(getTranslation("webhook.log.attempts"))
                .setKey("attempts")
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("webhook.log.status"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(delivery -> delivery.lastError() == null ? "" : delivery.lastError())
                .setHeader(getTranslation("webhook.log.error"))
                .setKey("error")
                .setFlexGrow(2)
                .setTooltipGenerator(WebhookDelivery::lastError);
        grid.setId("webhook-deliveries");
        add(title, grid);
        show(null);
    }

    /** Shows the deliveries of {@code subscription}, or a hint to choose one when it is null. */
    void show(WebhookSubscription subscription) {
        if (subscription == null) {
            title.setText(getTranslation("webhook.log.none-selected"));
            grid.setItems();
            return;
        }
        title.setText(getTranslation("webhook.log", subscription.targetUrl()));
        grid.setItems(webhooks.deliveries(subscription.id(), SHOWN));
    }

    private Component status(WebhookDelivery delivery) {
        String answer = delivery.lastStatus() == null
                ? getTranslation("webhook.state.no-answer")
                : "HTTP " + delivery.lastStatus();
        return switch (delivery.state()) {
            case DELIVERED -> new Badge(getTranslation("webhook.state.DELIVERED", answer), Badge.Tone.SUCCESS);
            case GIVEN_UP -> new Badge(getTranslation("webhook.state.GIVEN_UP", answer), Badge.Tone.ERROR);
            case PENDING ->
                delivery.attempts() == 0
                        ? new Badge(getTranslation("webhook.state.QUEUED"), Badge.Tone.NEUTRAL)
                        : new Badge(
                                getTranslation(
                                        "webhook.state.PENDING", answer, ClientTime.format(delivery.nextAttemptAt())),
                                Badge.Tone.WARNING);
        };
    }
}
