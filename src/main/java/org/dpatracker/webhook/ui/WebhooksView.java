package org.dpatracker.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.security.Permission;
import org.dpatracker.webhook.IssuedSecret;
import org.dpatracker.webhook.WebhookDelivery;
import org.dpatracker.webhook.WebhookService;
import org.dpatracker.webhook.WebhookSubscription;
import org.springframework.security.access.AccessDeniedException;

/**
 * Administrators subscribe addresses to events (deadlines, red flags, notices, breaches, annex versions),
 * rotate their signing secrets, send a test event and read each subscription's delivery log.
 */
@Route("webhooks")
@Menu(order = 86, icon = "vaadin:connect", title = "nav.webhooks")
@RolesAllowed(Permission.Names.SETTINGS_MANAGE)
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final transient WebhookService webhooks;
    private final Grid<WebhookSubscription> grid = new Grid<>();
    private final DeliveryLog log;
    private final List<Button> forSelected;

    WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        this.log = new DeliveryLog(webhooks);
        setSizeFull();
        grid.addColumn(WebhookSubscription::targetUrl)
                .setHeader(getTranslation("webhook.target-url"))
                .setFlexGrow(2)
                .setTooltipGenerator(WebhookSubscription::targetUrl);
        grid.addColumn(WebhookSubscription::description)
                .setHeader(getTranslation("webhook.description"))
                .setFlexGrow(1);
        grid.addColumn(s -> s.events().stream()
                        .sorted()
                        .map(event -> getTranslation("webhook.event." + event.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("webhook.events"))
                .setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.enabled() ? "webhook.on" : "webhook.off"))
                .setHeader(getTranslation("webhook.enabled"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> selected(change.getValue()));
        grid.setHeight("16rem");

        Button add = new Button(
                getTranslation("webhook.new"),
                VaadinIcon.PLUS.create(),
                click -> new SubscriptionDialog(webhooks, WebhookSubscription.newSubscription(), this::saved).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(
                getTranslation("action.edit"),
                click -> new SubscriptionDialog(webhooks, selection(), this::saved).open());
        Button test = new Button(getTranslation("webhook.test"), click -> sendTest());
        Button rotate = new Button(getTranslation("webhook.rotate"), click -> confirmRotate());
        Button delete = new Button(getTranslation("webhook.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        forSelected = List.of(edit, test, rotate, delete);

        add(
                new H2(getTranslation("nav.webhooks")),
                new Paragraph(getTranslation("webhook.intro")),
                new HorizontalLayout(add, edit, test, rotate, delete),
                grid,
                log);
        expand(log);
        refresh(null);
    }

    private void saved(IssuedSecret saved) {
        refresh(saved.subscription().id());
        if (saved.secret() != null) {
            new SecretDialog(saved).open();
        }
    }

    private void sendTest() {
        WebhookSubscription subscription = selection();
        try {
            tell(webhooks.sendTest(subscription.id()));
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            Notifications.refused(this, refused);
        }
        refresh(subscription.id());
    }

    private void tell(WebhookDelivery delivery) {
        if (delivery.state() == WebhookDelivery.State.DELIVERED) {
            Notifications.success(this, "webhook.test.delivered", delivery.lastStatus());
        } else if (delivery.attempts() == 0) {
            // Another node's delivery run held the lock; it or the next run sends the test event.
            Notifications.success(this, "webhook.test.queued");
        } else {
            Notifications.error(this, getTranslation("webhook.test.failed", delivery.lastError()));
        }
    }

    private void confirmRotate() {
        WebhookSubscription subscription = selection();
        confirm(
                "webhook.rotate.title",
                "webhook.rotate.text",
                "webhook.rotate",
                () -> Notifications.attempt(
                                this,
                                () -> webhooks.rotateSecret(subscription.id(), subscription.version()),
                                "webhook.rotated")
                        .ifPresent(this::saved));
    }

    private void confirmDelete() {
        WebhookSubscription subscription = selection();
        confirm("webhook.delete.title", "webhook.delete.text", "webhook.delete", () -> {
            if (Notifications.attempt(
                    this, () -> webhooks.delete(subscription.id()), "webhook.deleted", subscription.targetUrl())) {
                refresh(null);
            }
        });
    }

    private void confirm(String titleKey, String textKey, String confirmKey, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation(titleKey, selection().targetUrl()),
                getTranslation(textKey),
                getTranslation(confirmKey),
                click -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private WebhookSubscription selection() {
        return grid.asSingleSelect().getValue();
    }

    private void selected(WebhookSubscription subscription) {
        forSelected.forEach(button -> button.setEnabled(subscription != null));
        log.show(subscription);
    }

    /** Reloads the subscriptions and selects the one with {@code id} (none when it is null or gone). */
    private void refresh(Long id) {
        List<WebhookSubscription> all = webhooks.findAll();
        grid.setItems(all);
        WebhookSubscription chosen =
                all.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (chosen == null) {
            grid.asSingleSelect().clear();
        } else {
            grid.select(chosen);
        }
        selected(chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.webhooks") + " | " + getTranslation("app.name");
    }
}
