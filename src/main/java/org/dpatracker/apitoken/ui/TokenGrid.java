package org.dpatracker.apitoken.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.stream.Collectors;
import org.dpatracker.apitoken.ApiToken;
import org.dpatracker.core.ui.ClientTime;

/** Tokens with name, scopes, created, expires, last used and state; the owner's name for administrators. */
class TokenGrid extends Grid<ApiToken> {

    TokenGrid(boolean withOwner) {
        if (withOwner) {
            addColumn(ApiToken::username)
                    .setHeader(getTranslation("apitoken.user"))
                    .setAutoWidth(true);
        }
        addColumn(ApiToken::name).setHeader(getTranslation("apitoken.name")).setFlexGrow(2);
        addColumn(token -> token.scopes().stream()
                        .sorted()
                        .map(scope -> getTranslation("apitoken.scope." + scope.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("apitoken.scopes"))
                .setFlexGrow(1);
        addColumn(token -> ClientTime.format(token.createdAt())).setHeader(getTranslation("apitoken.created-at"));
        addColumn(token -> ClientTime.format(token.expiresAt())).setHeader(getTranslation("apitoken.expires"));
        addColumn(token -> token.lastUsedAt() == null
                        ? getTranslation("apitoken.never-used")
                        : ClientTime.format(token.lastUsedAt()))
                .setHeader(getTranslation("apitoken.last-used"));
        addColumn(token -> getTranslation(
                        "apitoken.status." + token.status(Instant.now()).name()))
                .setHeader(getTranslation("apitoken.status"))
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }
}
