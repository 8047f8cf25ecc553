package org.dpatracker.apitoken.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.apitoken.IssuedToken;

/** Shows a new token's text the one time it is handed out; closing the dialog forgets it. */
class TokenSecretDialog extends Dialog {

    TokenSecretDialog(IssuedToken issued) {
        setHeaderTitle(getTranslation("apitoken.secret.title", issued.token().name()));
        TextField secret = new TextField(getTranslation("apitoken.secret"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("apitoken.secret.copy-hint"));
        add(new Paragraph(getTranslation("apitoken.secret.usage")), secret);
        Button done = new Button(getTranslation("apitoken.secret.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("40rem");
    }
}
