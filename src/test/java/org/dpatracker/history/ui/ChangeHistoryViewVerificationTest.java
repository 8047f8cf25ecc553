package org.dpatracker.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.dpatracker.support.BrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An auditor verifies the history after somebody edited an agreement with plain SQL: the view names the
 * agreement; once the edit is undone, the check is clean again. On a database of its own, shared with
 * the row tampering tests.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:row-tampering;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class ChangeHistoryViewVerificationTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorSeesWhichAgreementWasEditedBehindTheApplication() {
        login("auditor");
        UI.getCurrent().navigate(ChangeHistoryView.class);
        long id = jdbc.queryForObject("select min(id) from agreement", Long.class);
        String original = jdbc.queryForObject("select subject_matter from agreement where id = ?", String.class, id);
        jdbc.update("update agreement set subject_matter = 'nothing to see here' where id = ?", id);
        try {
            _click(_get(Button.class, spec -> spec.withText("Verify chain")));

            assertThat(summary()).startsWith("Chain intact, but 1 of ");
            assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                    .containsExactly("Agreement " + id + ": edited without an entry");
        } finally {
            jdbc.update("update agreement set subject_matter = ? where id = ?", original, id);
        }

        _click(_get(Button.class, spec -> spec.withText("Verify chain")));

        assertThat(summary()).startsWith("Chain intact:").endsWith("rows match their last recorded state.");
        assertThat(_find(ListItem.class)).isEmpty();
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("history-verification-summary"))
                .getText();
    }
}
