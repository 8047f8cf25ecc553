package org.dpatracker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.dpatracker.core.ui.FormMessage;
import org.dpatracker.core.ui.LanguageSwitch;
import org.dpatracker.user.UserRules;
import org.dpatracker.user.UserService;

/** First run: with no user at all, the first visitor creates the administrator. Gone once one exists. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class FirstAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UserService users;
    private final TextField username = new TextField(getTranslation("user.field.username"));
    private final TextField displayName = new TextField(getTranslation("user.field.displayName"));
    private final PasswordField password = new PasswordField(getTranslation("user.field.password"));
    private final PasswordField repeat = new PasswordField(getTranslation("setup.repeat"));
    private final FormMessage message = new FormMessage();

    FirstAdminView(UserService users) {
        this.users = users;
        setAlignItems(Alignment.CENTER);
        username.setHelperText(getTranslation("user.help.username"));
        password.setHelperText(getTranslation("user.help.password", UserRules.MIN_PASSWORD_LENGTH));
        Button create = new Button(getTranslation("setup.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(message, username, displayName, password, repeat);
        form.setColspan(message, 2);
        form.setMaxWidth("36rem");
        add(
                new H1(getTranslation("setup.title")),
                new Paragraph(getTranslation("setup.intro")),
                form,
                create,
                new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!users.isEmpty()) {
            event.forwardTo("login");
        }
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("setup.validation.repeat"));
            repeat.setInvalid(true);
            return;
        }
        message.attempt(
                        () -> users.createFirstAdmin(
                                username.getValue().trim(), displayName.getValue(), password.getValue()),
                        Map.of("username", username, "displayName", displayName, "password", password),
                        "setup.done")
                .ifPresent(admin -> getUI().ifPresent(ui -> ui.navigate("login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " | " + getTranslation("app.name");
    }
}
