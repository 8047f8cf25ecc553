package org.dpatracker.apitoken.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.Instant;
import java.util.function.LongFunction;
import org.dpatracker.apitoken.ApiToken;
import org.dpatracker.core.ui.Notifications;

/** Revokes the token selected in a grid after asking; enabled only for a token that still works. */
class RevokeButton extends Button {

    RevokeButton(Grid<ApiToken> grid, LongFunction<ApiToken> revoke, Runnable refresh) {
        super(grid.getTranslation("apitoken.revoke"));
        addThemeVariants(ButtonVariant.LUMO_ERROR);
        setEnabled(false);
        grid.asSingleSelect()
                .addValueChangeListener(change -> setEnabled(change.getValue() != null
                        && change.getValue().status(Instant.now()) == ApiToken.Status.ACTIVE));
        addClickListener(click -> {
            ApiToken token = grid.asSingleSelect().getValue();
            ConfirmDialog dialog = new ConfirmDialog(
                    getTranslation("apitoken.revoke.title", token.name()),
                    getTranslation("apitoken.revoke.text"),
                    getTranslation("apitoken.revoke"),
                    confirmed -> {
                        Runnable revokeIt = () -> revoke.apply(token.id());
                        if (Notifications.attempt(this, revokeIt, "apitoken.revoked")) {
                            refresh.run();
                        }
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
    }
}
