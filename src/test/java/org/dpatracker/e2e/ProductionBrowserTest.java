package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.security.SystemAccess;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application served with the production frontend bundle that {@code -Pproduction} packages
 * (unpacked from {@code src/main/bundles/prod.bundle} onto the class path of this test run, with
 * {@code vaadin.productionMode=true}), where the bundle loads components per route.
 */
abstract class ProductionBrowserTest extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @BeforeEach
    void servedInProductionMode() {
        assertThat(ApplicationConfiguration.get(new VaadinServletContext(servletContext))
                        .isProductionMode())
                .as("run with the production bundle (surefire execution production-bundle-tests)")
                .isTrue();
    }

    /** Loads a route as a new page, the way a bookmark or a link from a mail opens it, and waits until Flow is idle. */
    void openDirectly(String route) {
        driver.get("http://localhost:" + port + "/" + route);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                + " return !!clients && Object.keys(clients).length > 0 && document.readyState === "
                                + "'complete'"
                                + " && Object.values(clients).every(c => !c.isActive || !c.isActive());")));
    }

    long newSignedAgreement(String vendor) {
        return SystemAccess.call(() -> agreements
                .save(Agreement.withProcessor(
                        null,
                        0,
                        organisations.findAll("Beispiel").getFirst().id(),
                        organisations
                                .save(Organisation.withoutSubdivision(
                                        null, vendor, null, null, null, null, "DE", null, null, null, false, 0,
                                        List.of()))
                                .id(),
                        AgreementStatus.SIGNED,
                        null,
                        new ProcessingDescription("Payroll", null, null, null, null, null, Set.of(), null, null),
                        null,
                        null,
                        false,
                        null,
                        null,
                        List.of(ProcessingLocation.in("DE", null))))
                .id());
    }
}
