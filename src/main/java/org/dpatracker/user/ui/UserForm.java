package org.dpatracker.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dpatracker.core.ui.FormMessage;
import org.dpatracker.security.Role;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserRules;

/** Edits one user. The password field is there only for a new user; existing ones get a new password separately. */
class UserForm extends FormLayout {

    private final TextField username = new TextField(getTranslation("user.field.username"));
    private final TextField displayName = new TextField(getTranslation("user.field.displayName"));
    private final EmailField email = new EmailField(getTranslation("user.field.email"));
    private final PasswordField password = new PasswordField(getTranslation("user.field.password"));
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.field.roles"));
    private final Checkbox enabled = new Checkbox(getTranslation("user.field.enabled"));
    private final Binder<EditableUser> binder = new Binder<>();
    private final FormMessage message = new FormMessage();
    private final boolean isNew;
    private final UserDraft original;

    UserForm(UserDraft draft) {
        this.original = draft;
        this.isNew = draft.isNew();
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        username.setReadOnly(!isNew);
        username.setHelperText(isNew ? getTranslation("user.help.username") : null);
        password.setHelperText(getTranslation("user.help.password", UserRules.MIN_PASSWORD_LENGTH));
        password.setVisible(isNew);

        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(UserRules::isValidUsername, getTranslation("user.validation.username"))
                .bind(EditableUser::getUsername, EditableUser::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .bind(EditableUser::getDisplayName, EditableUser::setDisplayName);
        binder.forField(email)
                .withValidator(UserRules::isValidEmail, getTranslation("user.validation.email"))
                .bind(EditableUser::getEmail, EditableUser::setEmail);
        if (isNew) {
            binder.forField(password)
                    .withValidator(
                            UserRules::isStrongEnough,
                            getTranslation("user.validation.password", UserRules.MIN_PASSWORD_LENGTH))
                    .bind(EditableUser::getPassword, EditableUser::setPassword);
        }
        binder.forField(roles)
                .withValidator(selected -> !selected.isEmpty(), getTranslation("user.validation.roles"))
                .bind(EditableUser::getRoles, EditableUser::setRoles);
        binder.forField(enabled).bind(EditableUser::isEnabled, EditableUser::setEnabled);
        binder.setBean(new EditableUser(draft));

        add(message, username, displayName, email, password, roles, enabled);
        setColspan(message, 2);
        setColspan(roles, 2);
    }

    /** The entered user, or empty when a field is invalid (the fields then show why). */
    Optional<UserDraft> read() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(binder.getBean().toDraft(original));
    }

    /**
     * Saves the entered user with {@code change}; a refusal is shown at the fields it names and the rest at the
     * top of the form.
     */
    <T> Optional<T> save(Supplier<T> change, String successKey, Object... arguments) {
        Map<String, HasValidation> fields = Map.of(
                "username", username, "displayName", displayName, "email", email, "password", password, "roles", roles);
        return message.attempt(change, fields, successKey, arguments);
    }

    /** The form's mutable copy of a {@link UserDraft}. */
    static final class EditableUser {
        private String username;
        private String displayName;
        private String email;
        private String password = "";
        private Set<Role> roles;
        private boolean enabled;

        EditableUser(UserDraft draft) {
            username = draft.username();
            displayName = draft.displayName();
            email = draft.email();
            roles = new HashSet<>(draft.roles());
            enabled = draft.enabled();
        }

        UserDraft toDraft(UserDraft original) {
            return new UserDraft(
                    original.id(),
                    original.version(),
                    username,
                    displayName,
                    email,
                    password,
                    enabled,
                    Set.copyOf(roles));
        }

        String getUsername() {
            return username;
        }

        void setUsername(String value) {
            username = value == null ? "" : value.trim();
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String value) {
            displayName = value;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String value) {
            email = value;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String value) {
            password = value;
        }

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(Set<Role> value) {
            roles = value == null ? Set.of() : value;
        }

        boolean isEnabled() {
            return enabled;
        }

        void setEnabled(boolean value) {
            enabled = value;
        }
    }
}
