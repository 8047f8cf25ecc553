package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The register in a real headless Chromium, as a DPO and a manager use it. */
class RegisterEndToEndIT extends BrowserTest {

    @Test
    void aDpoAddsASubprocessorInAThirdCountryWithoutMechanismAndSeesTheRedFlag() {
        page.logInAs("dpo", "dpo-demo-2026");
        page.open("register");
        page.waitForText("Processors");
        Chromium.screenshot(driver, "register-dpo");
        page.search("Joomag");
        page.waitForGridSize("register-grid", 1);
        page.clickLink("Joomag, Inc.");
        page.waitForText("Flipping books");
        assertThat(page.textOf("red-flags")).doesNotContain("Offshore Support Ltd");

        page.click("Add subprocessor");
        page.clickId("subprocessor-new-organisation");
        page.type("organisation-name", "Offshore Support Ltd");
        page.choose("organisation-country", "India");
        page.clickId("organisation-save");
        page.waitForText("Organisation Offshore Support Ltd saved.");
        page.type("subprocessor-service", "Second-level support for the flipping books");
        page.click("Add location");
        page.chooseInClass("location-country", "India");
        Chromium.screenshot(driver, "subprocessor-dialog");
        page.clickId("subprocessor-save");

        page.waitForText("Offshore Support Ltd: data goes to India");
        String flags = page.textOf("red-flags");
        assertThat(flags)
                .contains("Offshore Support Ltd: data goes to India, outside the EEA, with no transfer mechanism "
                        + "recorded");
        Chromium.screenshot(driver, "agreement-flagged");
    }

    @Test
    void aManagerSeesWhereTheDataGoes() {
        page.logInAs("manager", "manager-demo-2026");
        Chromium.screenshot(driver, "start-manager-register");
        page.open("recipients");
        page.waitForText("Recipients per country");
        assertThat(page.textOf("country-chart"))
                .contains("United States", "Germany", "EU/EEA (member state not named)");
        Chromium.screenshot(driver, "recipients-manager");
        for (String[] expected : new String[][] {
            {"Axilaris", "Axilaris GmbH", "Germany"},
            {"Azure", "Microsoft Azure", "EU/EEA (member state not named)"},
            {"Userlike", "Userlike UG (haftungsbeschränkt)", "Germany"},
            {"Bitly", "Bitly, Inc.", "Privacy Shield / Safe Harbor"}
        }) {
            page.search(expected[0]);
            page.waitForText(expected[1]);
            page.waitForGridSize("recipients-grid", 1);
            assertThat(page.bodyText()).contains(expected[1], expected[2]);
        }
    }
}
