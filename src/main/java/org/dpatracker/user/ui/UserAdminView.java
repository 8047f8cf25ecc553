package org.dpatracker.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.security.Permission;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;

/** Administrators create users, assign roles, disable users and set new passwords. */
@Route("users")
@Menu(order = 80, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Permission.Names.USERS_MANAGE)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final SearchField search =
            new SearchField(() -> grid.getDataProvider().refreshAll());

    UserAdminView(UserService users) {
        this.users = users;
        setSizeFull();
        Button create = new Button(
                getTranslation("user.new.button"),
                VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, UserDraft.newUser(), saved -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        configureGrid();
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        add(new H2(getTranslation("nav.users")), toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.addColumn(UserAccount::username)
                .setHeader(getTranslation("user.field.username"))
                .setAutoWidth(true);
        grid.addColumn(UserAccount::displayName)
                .setHeader(getTranslation("user.field.displayName"))
                .setAutoWidth(true);
        grid.addColumn(UserAccount::email)
                .setHeader(getTranslation("user.field.email"))
                .setAutoWidth(true);
        grid.addColumn(account -> account.roles().stream()
                        .sorted()
                        .map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.field.roles"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation(account.enabled() ? "user.enabled" : "user.disabled"))
                .setHeader(getTranslation("user.field.enabled"))
                .setAutoWidth(true);
        grid.addComponentColumn(account -> users.lockedUntil(account)
                        .<com.vaadin.flow.component.Component>map(until -> {
                            Button unlock = new Button(
                                    getTranslation("user.unlock.button", ClientTime.format(until)),
                                    VaadinIcon.UNLOCK.create(),
                                    click -> {
                                        users.unlock(account);
                                        refresh();
                                    });
                            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                            unlock.setTooltipText(getTranslation("user.unlock.tooltip"));
                            return unlock;
                        })
                        .orElseGet(com.vaadin.flow.component.html.Span::new))
                .setKey("locked")
                .setHeader(getTranslation("user.field.locked"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::signIn)
                .setKey("sign-in")
                .setHeader(getTranslation("user.field.sign-in"))
                .setAutoWidth(true);
        grid.addComponentColumn(account -> {
                    Button edit = new Button(
                            getTranslation("action.edit"),
                            click -> new UserDialog(users, UserDraft.of(account), saved -> refresh()).open());
                    Button password = new Button(
                            getTranslation("user.password.button"),
                            click -> new PasswordDialog(users, account, saved -> refresh()).open());
                    edit.setAriaLabel(getTranslation("action.edit-named", account.username()));
                    password.setAriaLabel(getTranslation("user.password.button-named", account.username()));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    password.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return new HorizontalLayout(edit, password);
                })
                .setAutoWidth(true);
        grid.setItems(
                query -> users.findPage(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> users.count(search.getValue()));
    }

    /** Password, or the provider the account is linked to, with the action that ends the link. */
    private com.vaadin.flow.component.Component signIn(UserAccount account) {
        return users.singleSignOnOf(account)
                .<com.vaadin.flow.component.Component>map(issuer -> {
                    Button unlink = new Button(getTranslation("user.sso.unlink"), click -> {
                        users.unlinkSingleSignOn(account);
                        refresh();
                    });
                    unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    unlink.setTooltipText(getTranslation("user.sso.unlink.tooltip", account.username()));
                    unlink.setAriaLabel(getTranslation("user.sso.unlink.tooltip", account.username()));
                    Span linked = new Span(getTranslation("user.sign-in.sso", host(issuer)));
                    return new HorizontalLayout(linked, unlink);
                })
                .orElseGet(() -> new Span(getTranslation("user.sign-in.password")));
    }

    private static String host(String issuer) {
        try {
            String host = java.net.URI.create(issuer).getHost();
            return host == null ? issuer : host;
        } catch (IllegalArgumentException notAnAddress) {
            return issuer;
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.name");
    }
}
