package org.dpatracker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;

/** An administrator sets a new password for a user. */
class PasswordDialog extends FormDialog {

    PasswordDialog(UserService users, UserAccount account, Consumer<UserAccount> saved) {
        setHeaderTitle(getTranslation("user.password.title", account.username()));
        PasswordForm form = new PasswordForm();
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(
                                () -> users.changePassword(account.id(), account.version(), entered.password()),
                                form,
                                "user.password.saved",
                                account.username()))
                        .ifPresent(changed -> {
                            close();
                            saved.accept(changed);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-password-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("28rem");
    }
}
