package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A date is typed as the user writes it: ISO 8601 in every language, and 31.03.2027 in German. */
class DateEntryEndToEndIT extends BrowserTest {

    private static final LocalDate END_OF_MARCH = LocalDate.of(2027, 3, 31);

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserService users;

    @Test
    void anIsoDateTypedInEnglishIsStoredAsThatDay() {
        Agreement agreement = ownAgreement("Date entry in English");
        UserAccount dpo = SignedIn.newUser(users, Role.DPO);
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.logInAs(dpo.username(), "a-long-test-password");
        page.open("agreement/" + agreement.id());
        page.clickId("agreement-edit");
        assertThat(placeholderOf("agreement-next-review")).isEqualTo("YYYY-MM-DD");
        page.typeDate("agreement-next-review", "2027-03-31");
        Chromium.screenshot(driver, "date-entry-laptop-en");
        page.clickId("agreement-save");

        LocalDate nextReview = storedEventually(agreement, Agreement::nextReview);
        assertThat(nextReview).isEqualTo(END_OF_MARCH);
    }

    @Test
    void aGermanUserTypesTheDateTheGermanWayAndItIsStoredAsThatDay() {
        Agreement agreement = ownAgreement("Datumseingabe auf Deutsch");
        // A DPO of its own: the demo users' language is what the other browser tests expect.
        UserAccount dpo = SignedIn.newUser(users, Role.DPO);
        driver.manage().window().setSize(new Dimension(1366, 768));
        page.logInAs(dpo.username(), "a-long-test-password");
        page.chooseInUserMenu("Language", "Deutsch");
        page.waitForNavigation("Auftragsverarbeiter");
        page.open("agreement/" + agreement.id());
        page.clickId("agreement-edit");
        assertThat(placeholderOf("agreement-next-review")).isEqualTo("TT.MM.JJJJ");
        page.typeDate("agreement-next-review", "31.03.2027");
        page.typeDate("agreement-valid-from", "2027-01-15");
        Chromium.screenshot(driver, "date-entry-laptop-de");
        assertThat(page.inputValue("agreement-valid-from"))
                .as("an ISO date is shown back in the German format")
                .isEqualTo("15.01.2027");
        driver.manage().window().setSize(new Dimension(390, 844));
        Chromium.screenshot(driver, "date-entry-phone-de");
        page.clickId("agreement-save");

        LocalDate nextReview = storedEventually(agreement, Agreement::nextReview);
        assertThat(nextReview).isEqualTo(END_OF_MARCH);
        LocalDate validFrom = storedEventually(agreement, a -> a.document().validFrom());
        assertThat(validFrom).isEqualTo(LocalDate.of(2027, 1, 15));
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    private String placeholderOf(String id) {
        // The form opens in a dialog a moment after the click.
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ignored -> (String) driver.executeScript(
                "const field = document.getElementById(arguments[0]); return field && field.placeholder;", id));
    }

    private <T> T storedEventually(Agreement agreement, Function<Agreement, T> value) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ignored -> SystemAccess.call(() -> agreements.detail(agreement.id()))
                        .map(detail -> value.apply(detail.agreement()))
                        .filter(Objects::nonNull)
                        .orElse(null));
    }

    private Agreement ownAgreement(String subjectMatter) {
        return SystemAccess.call(
                AgreementBuilder.agreement(agreements, organisations).subjectMatter(subjectMatter)::save);
    }
}
