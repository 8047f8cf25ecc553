package org.dpatracker.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.dpatracker.calendar.CalendarFeedService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A user makes, regenerates and revokes the secret address of their calendar feed. */
@H2Test
class CalendarFeedPanelTest extends BrowserlessTest {

    private static final String ADDRESS = "http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics";

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    UserService users;

    @BeforeEach
    void openAsANewDpo() {
        String name = "cal" + UUID.randomUUID().toString().substring(0, 8);
        SystemAccess.call(() -> users.create(new UserDraft(
                null, null, name, "Cal Endar", name + "@example.org", "a-long-test-password", true, Set.of(Role.DPO))));
        login(name);
        UI.getCurrent().add(new CalendarFeedPanel(feeds));
    }

    @Test
    void theUserCreatesAFeedAndSeesItsAddressOnlyOnce() {
        assertThat(state()).isEqualTo("You have no calendar feed.");

        _click(_get(Button.class, spec -> spec.withText("Create feed URL")));

        String address = shownAddress();
        assertThat(address).matches(ADDRESS);
        assertThat(feeds.feed(token(address))).as("the address serves the feed").isPresent();
        assertThat(state()).startsWith("Your feed address was created ").endsWith("last fetched: never.");
        assertThat(_find(Button.class, spec -> spec.withText("Create feed URL")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Regenerate"))).hasSize(1);

        reopen();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Your feed address")))
                .as("shown once: only its hash is kept")
                .isEmpty();
        assertThat(state()).startsWith("Your feed address was created ").doesNotContain("never");
    }

    @Test
    void revokingAsksFirstAndThenTheAddressStopsWorking() {
        _click(_get(Button.class, spec -> spec.withText("Create feed URL")));
        String address = shownAddress();

        _click(_get(Button.class, spec -> spec.withText("Revoke")));
        confirm();

        assertThat(feeds.feed(token(address))).isEmpty();
        assertThat(feeds.ownFeed()).isEmpty();
        assertThat(state()).isEqualTo("You have no calendar feed.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Your feed address")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Create feed URL")))
                .hasSize(1);
    }

    @Test
    void regeneratingGivesANewAddressAndTheOldOneStopsWorking() {
        _click(_get(Button.class, spec -> spec.withText("Create feed URL")));
        String old = shownAddress();

        _click(_get(Button.class, spec -> spec.withText("Regenerate")));
        confirm();

        String regenerated = shownAddress();
        assertThat(regenerated).matches(ADDRESS).isNotEqualTo(old);
        assertThat(feeds.feed(token(old))).isEmpty();
        assertThat(feeds.feed(token(regenerated))).isPresent();
    }

    private void reopen() {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new CalendarFeedPanel(feeds));
    }

    private static void confirm() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
    }

    private static String shownAddress() {
        TextField field = _get(TextField.class, spec -> spec.withLabel("Your feed address"));
        assertThat(field.isReadOnly()).isTrue();
        return field.getValue();
    }

    private static String state() {
        return _get(CalendarFeedPanel.class)
                .getChildren()
                .filter(Paragraph.class::isInstance)
                .map(child -> ((Paragraph) child).getText())
                .reduce((intro, state) -> state)
                .orElseThrow();
    }

    private static String token(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }
}
