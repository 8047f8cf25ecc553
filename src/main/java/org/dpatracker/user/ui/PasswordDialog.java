package org.dpatracker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Consumer;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserRules;
import org.dpatracker.user.UserService;

/** An administrator sets a new password for a user. */
class PasswordDialog extends FormDialog {

    PasswordDialog(UserService users, UserAccount account, Consumer<UserAccount> saved) {
        setHeaderTitle(getTranslation("user.password.title", account.username()));
        PasswordField password = new PasswordField(getTranslation("user.field.password"));
        password.setHelperText(getTranslation("user.help.password", UserRules.MIN_PASSWORD_LENGTH));
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                UserAccount changed = users.changePassword(account.id(), account.version(), password.getValue());
                close();
                Notifications.success(this, "user.password.saved", account.username());
                saved.accept(changed);
            } catch (InvalidInputException refused) {
                password.setErrorMessage(Notifications.describe(this, refused));
                password.setInvalid(true);
            } catch (RuntimeException failure) {
                Notifications.refused(this, failure);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("28rem");
    }
}
