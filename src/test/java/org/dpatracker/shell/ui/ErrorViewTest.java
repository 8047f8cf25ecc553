package org.dpatracker.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.FailingView;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;

/** A page that fails unexpectedly shows a message with a reference inside the layout, never the exception. */
@H2Test
class ErrorViewTest extends BrowserlessTest {

    @Test
    void aFailingPageShowsAReferenceAndNoInternals() {
        login("dpo");
        UI.getCurrent().navigate("test-failure");

        String text = _get(ErrorView.class).getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong").containsPattern("ERR-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(text).doesNotContain(FailingView.SECRET, "Exception", "at org.");
        assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("Processors");
    }
}
