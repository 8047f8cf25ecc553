package org.dpatracker.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.WebhookReceiver;
import org.dpatracker.webhook.WebhookDelivery;
import org.dpatracker.webhook.WebhookEvent;
import org.dpatracker.webhook.WebhookService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator subscribes a receiver, copies its secret the one time it is shown and sends a test
 * event that the log shows delivered; a DPO does not get to the page.
 */
@H2Test
class WebhooksViewTest extends BrowserlessTest {

    @Autowired
    WebhookService webhooks;

    private WebhookReceiver receiver;

    @BeforeEach
    void startTheReceiver() throws IOException {
        receiver = WebhookReceiver.start(Clock.systemUTC());
    }

    @AfterEach
    void removeTheSubscriptions() {
        SystemAccess.run(() -> webhooks.findAll().forEach(subscription -> webhooks.delete(subscription.id())));
        receiver.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSubscribesSeesTheSecretOnceAndSendsATestEventThatIsDelivered() {
        login("admin");
        UI.getCurrent().navigate(WebhooksView.class);
        _click(_get(Button.class, spec -> spec.withText("New webhook")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Address (URL)")), receiver.url());
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Description")), "Ticket system");
        _setValue(
                _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Events")),
                Set.of(WebhookEvent.BREACH_RECORDED, WebhookEvent.DEADLINE_OVERDUE));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        SecretDialog shown = _get(SecretDialog.class);
        String secret = _get(shown, TextField.class, spec -> spec.withLabel("Signing secret"))
                .getValue();
        assertThat(secret).startsWith("whsec_");
        _click(_get(shown, Button.class, spec -> spec.withText("I have copied it")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withValue(secret)))
                .as("the secret is shown once")
                .isEmpty();
        assertThat(SystemAccess.call(webhooks::findAll)).singleElement().satisfies(subscription -> {
            assertThat(subscription.targetUrl()).isEqualTo(receiver.url());
            assertThat(subscription.events())
                    .containsExactlyInAnyOrder(WebhookEvent.BREACH_RECORDED, WebhookEvent.DEADLINE_OVERDUE);
            assertThat(subscription.enabled()).isTrue();
        });

        receiver.trust(secret);
        _click(_get(Button.class, spec -> spec.withText("Send test event")));

        assertThat(receiver.received())
                .singleElement()
                .satisfies(received -> assertThat(received.verified()).isTrue());
        Grid<WebhookDelivery> log = _get(Grid.class, spec -> spec.withId("webhook-deliveries"));
        assertThat(GridKt._size(log)).isEqualTo(1);
        assertThat(GridKt._getFormatted(log, 0, "event")).isEqualTo("Test event");
        assertThat(GridKt._getFormatted(log, 0, "attempts")).isEqualTo("1");
        assertThat(((Span) GridKt._getCellComponent(log, 0, "status")).getText())
                .isEqualTo("Delivered (HTTP 204)");
    }

    @Test
    void aPlainHttpAddressElsewhereIsMarkedAtItsFieldAndNothingIsSaved() {
        login("admin");
        UI.getCurrent().navigate(WebhooksView.class);
        _click(_get(Button.class, spec -> spec.withText("New webhook")));
        Dialog dialog = _get(Dialog.class);
        TextField url = _get(dialog, TextField.class, spec -> spec.withLabel("Address (URL)"));
        _setValue(url, "http://hooks.example.org/dpa");
        _setValue(
                _get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Events")),
                Set.of(WebhookEvent.BREACH_RECORDED));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("https");
        assertThat(SystemAccess.call(webhooks::findAll)).isEmpty();
    }

    @Test
    void aDpoDoesNotGetToTheWebhooks() {
        login("dpo");
        assertThatThrownBy(() -> UI.getCurrent().navigate(WebhooksView.class)).hasMessageContaining("Access is denied");
        assertThat(_find(WebhooksView.class)).isEmpty();
    }
}
