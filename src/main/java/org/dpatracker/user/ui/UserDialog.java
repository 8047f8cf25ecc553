package org.dpatracker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;

/** Creates or edits a user; stays open with the reasons when the service refuses. */
class UserDialog extends FormDialog {

    UserDialog(UserService users, UserDraft draft, Consumer<UserAccount> saved) {
        setHeaderTitle(getTranslation(draft.isNew() ? "user.new" : "user.edit", draft.username()));
        UserForm form = new UserForm(draft);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> form.save(
                                () -> entered.isNew() ? users.create(entered) : users.update(entered),
                                "user.saved",
                                entered.username()))
                        .ifPresent(account -> {
                            close();
                            saved.accept(account);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
