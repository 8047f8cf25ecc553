package org.dpatracker.user.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.user.UserRules;

/** The new password an administrator sets for a user. Public, as are its entered values, for the Binder. */
public class PasswordForm extends EntryForm<PasswordForm.Entered> {

    /** What the administrator enters: the new password, as typed (a password is never trimmed). */
    public record Entered(String password) {}

    PasswordForm() {
        super(Entered.class);
        PasswordField password = new PasswordField(getTranslation("user.field.password"));
        password.setHelperText(getTranslation("user.help.password", UserRules.MIN_PASSWORD_LENGTH));
        password.setId("user-new-password");
        password.setWidthFull();
        bind("password", password);
        load(new Entered(""));
        add(password);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** The password as entered. */
    Optional<Entered> read() {
        return entered();
    }
}
