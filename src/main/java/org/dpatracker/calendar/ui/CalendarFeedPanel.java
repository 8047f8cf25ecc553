package org.dpatracker.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.dpatracker.calendar.CalendarFeedService;
import org.dpatracker.calendar.CalendarFeedStatus;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.Notifications;

/**
 * The signed-in user's calendar feed, for their preferences: whether they have one (made when, last fetched
 * when) and buttons to create, regenerate or revoke its address. A new address is shown once, to be copied
 * into a calendar program; it cannot be shown again, since only a hash of it is kept.
 */
public class CalendarFeedPanel extends Div {

    private final transient CalendarFeedService feeds;
    private final Paragraph state = new Paragraph();
    private final TextField address = new TextField();
    private final Button create;
    private final Button regenerate;
    private final Button revoke;

    public CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId("calendar-feed");
        setWidthFull();
        address.setLabel(getTranslation("calendar.feed.address"));
        address.setHelperText(getTranslation("calendar.feed.copy-hint"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        address.setId("calendar-feed-address");
        create = new Button(
                getTranslation("calendar.feed.create"),
                VaadinIcon.CALENDAR.create(),
                click -> newAddress("calendar.feed.created"));
        create.setId("calendar-feed-create");
        regenerate = new Button(
                getTranslation("calendar.feed.regenerate"),
                VaadinIcon.REFRESH.create(),
                click -> confirm("calendar.feed.regenerate", () -> newAddress("calendar.feed.regenerated")));
        regenerate.setId("calendar-feed-regenerate");
        revoke = new Button(
                getTranslation("calendar.feed.revoke"),
                VaadinIcon.BAN.create(),
                click -> confirm("calendar.feed.revoke", this::revoke));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("calendar-feed-revoke");
        add(
                new H3(getTranslation("calendar.feed.title")),
                new Paragraph(getTranslation("calendar.feed.intro")),
                state,
                address,
                new HorizontalLayout(create, regenerate, revoke));
        showState();
    }

    private void newAddress(String successKey) {
        Notifications.attempt(this, feeds::newOwnAddress, successKey).ifPresent(url -> {
            showState();
            address.setValue(url);
            address.setVisible(true);
        });
    }

    private void revoke() {
        if (Notifications.attempt(this, feeds::revokeOwn, "calendar.feed.revoked")) {
            address.clear();
            address.setVisible(false);
            showState();
        }
    }

    /** Asks before an address that calendars may be subscribed to stops working. */
    private void confirm(String actionKey, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation(actionKey + ".title"),
                getTranslation(actionKey + ".text"),
                getTranslation(actionKey),
                confirmed -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void showState() {
        Optional<CalendarFeedStatus> feed = feeds.ownFeed();
        state.setText(feed.map(this::describe).orElse(getTranslation("calendar.feed.none")));
        create.setVisible(feed.isEmpty());
        regenerate.setVisible(feed.isPresent());
        revoke.setVisible(feed.isPresent());
    }

    private String describe(CalendarFeedStatus feed) {
        return getTranslation(
                "calendar.feed.active",
                ClientTime.format(feed.createdAt()),
                feed.lastUsedAt() == null
                        ? getTranslation("calendar.feed.never-used")
                        : ClientTime.format(feed.lastUsedAt()));
    }
}
