package org.dpatracker.apitoken.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.security.Permission;

/** Administrators see every user's personal access tokens and revoke any of them. */
@Route("api-tokens")
@Menu(order = 81, icon = "vaadin:key", title = "nav.api-tokens")
@RolesAllowed(Permission.Names.USERS_MANAGE)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiTokenService tokens;
    private final TokenGrid grid = new TokenGrid(true);

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        add(
                new H2(getTranslation("nav.api-tokens")),
                new Paragraph(getTranslation("apitoken.admin.intro")),
                new RevokeButton(grid, tokens::revoke, this::refresh),
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.allTokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.api-tokens") + " | " + getTranslation("app.name");
    }
}
