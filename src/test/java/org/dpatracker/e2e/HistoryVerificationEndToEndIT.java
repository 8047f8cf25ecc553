package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auditor's verification in a real browser names an agreement that was edited with plain SQL. */
class HistoryVerificationEndToEndIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorSeesAnAgreementEditedBehindTheApplication() {
        long id = jdbc.queryForObject("select min(id) from agreement", Long.class);
        String original = jdbc.queryForObject("select services from agreement where id = ?", String.class, id);
        jdbc.update("update agreement set services = 'nothing to see here' where id = ?", id);
        try {
            page.logInAs("auditor", "auditor-demo-2026");
            page.open("history");
            page.click("Verify chain");
            page.waitForText("edited without an entry");

            assertThat(page.textOf("history-verification"))
                    .startsWith("Chain intact, but 1 of ")
                    .contains("Agreement " + id + ": edited without an entry");
            Chromium.screenshot(driver, "history-tampered-row");
        } finally {
            jdbc.update("update agreement set services = ? where id = ?", original, id);
        }
    }
}
