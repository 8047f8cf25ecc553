package org.dpatracker.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.webhook.IssuedSecret;

/**
 * Shows a signing secret the one time the application hands it out, to be copied to the receiver. Closing
 * the dialog forgets it; the application keeps it only to sign.
 */
class SecretDialog extends Dialog {

    SecretDialog(IssuedSecret issued) {
        setHeaderTitle(
                getTranslation("webhook.secret.title", issued.subscription().targetUrl()));
        TextField secret = new TextField(getTranslation("webhook.secret"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("webhook-secret");
        add(new Paragraph(getTranslation("webhook.secret.text")), secret);
        Button done = new Button(getTranslation("webhook.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("webhook-secret-done");
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("40rem");
    }
}
