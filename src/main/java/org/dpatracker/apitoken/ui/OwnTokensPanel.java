package org.dpatracker.apitoken.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.dpatracker.apitoken.ApiTokenService;

/**
 * The signed-in user's personal access tokens for the REST API, for their preferences: make one (its text is
 * shown once), see when each was made, expires and was last used, revoke one.
 */
public class OwnTokensPanel extends Div {

    private final transient ApiTokenService tokens;
    private final TokenGrid grid = new TokenGrid(false);

    public OwnTokensPanel(ApiTokenService tokens) {
        this.tokens = tokens;
        setId("api-tokens");
        setWidthFull();
        Button create = new Button(
                getTranslation("apitoken.new"),
                VaadinIcon.KEY.create(),
                click -> new NewTokenDialog(tokens, issued -> {
                            refresh();
                            new TokenSecretDialog(issued).open();
                        })
                        .open());
        Button revoke = new RevokeButton(grid, tokens::revokeOwn, this::refresh);
        add(
                new H3(getTranslation("apitoken.title")),
                new Paragraph(getTranslation("apitoken.intro")),
                new HorizontalLayout(create, revoke),
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.ownTokens());
    }
}
