package org.dpatracker.user.ui;

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
        addSaveButton(
                "user-password-save",
                form,
                form::read,
                entered -> users.changePassword(account.id(), account.version(), entered.password()),
                "user.password.saved",
                entered -> account.username(),
                saved);
        setWidth("28rem");
    }
}
