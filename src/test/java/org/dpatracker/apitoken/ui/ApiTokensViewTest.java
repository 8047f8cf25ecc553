package org.dpatracker.apitoken.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dpatracker.apitoken.ApiToken;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.security.ApiTokenAuthentication;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A user makes a token on their preferences page and sees it once; an administrator revokes it. */
@H2Test
class ApiTokensViewTest extends BrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    private String name;

    @BeforeEach
    void aNewDpo() {
        name = "tok" + UUID.randomUUID().toString().substring(0, 8);
        SystemAccess.call(() -> users.create(new UserDraft(
                null, null, name, "Tok En", name + "@example.org", "a-long-test-password", true, Set.of(Role.DPO))));
    }

    @Test
    void aUserCreatesATokenSeesItOnceAndAnAdministratorRevokesIt() {
        login(name);
        UI.getCurrent().navigate("preferences");
        _click(_get(Button.class, spec -> spec.withText("New token")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "inventory script");
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        TextField shown = _get(TextField.class, spec -> spec.withLabel("Token"));
        String secret = shown.getValue();
        assertThat(shown.isReadOnly()).isTrue();
        assertThat(secret).startsWith("dpat_");
        assertThat(tokens.authenticate(secret))
                .map(ApiTokenAuthentication::getName)
                .hasValue(name);
        _click(_get(Button.class, spec -> spec.withText("I have copied it")));

        TokenGrid own = _get(OwnTokensPanel.class)
                .getChildren()
                .filter(TokenGrid.class::isInstance)
                .map(TokenGrid.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._size(own)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(own, 0))
                .contains("inventory script", "Read", "never", "active")
                .noneMatch(cell -> cell.contains("dpat_"));

        logout();
        login("admin");
        UI.getCurrent().navigate("api-tokens");
        TokenGrid all = _get(TokenGrid.class);
        ApiToken theirs = GridKt._findAll(all).stream()
                .filter(token -> token.username().equals(name))
                .findFirst()
                .orElseThrow();
        all.select(theirs);
        _click(_get(Button.class, spec -> spec.withText("Revoke")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(tokens.authenticate(secret)).isEqualTo(Optional.empty());
        assertThat(GridKt._findAll(_get(TokenGrid.class)).stream()
                        .filter(token -> token.id() == theirs.id())
                        .findFirst()
                        .orElseThrow()
                        .revokedBy())
                .isEqualTo("admin");
    }
}
