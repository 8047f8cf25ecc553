package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.breach.ui.BreachView;
import org.dpatracker.clause.ui.ClauseReviewView;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.TestFiles;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordService;
import org.dpatracker.records.ui.RecordView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.security.ui.LoginView;
import org.dpatracker.support.TestBreaches;
import org.dpatracker.user.ui.FirstAdminView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route of the application, opened directly in a new page of the production build by the DPO
 * and by the administrator: each Vaadin element on the page, and each Vaadin component the application
 * uses anywhere (so also in the dialogs a route opens), is a defined web component.
 */
class RoutesProductionIT extends ProductionBrowserTest {

    /** The register's editor and the administrator: between them they open every view and every button. */
    private static final String[][] USERS = {{"dpo", "dpo-demo-2026"}, {"admin", "admin-demo-2026"}};

    private static final Set<Class<?>> WITHOUT_LOGIN = Set.of(LoginView.class, FirstAdminView.class);

    @Autowired
    BreachService breaches;

    @Autowired
    RecordService records;

    @Autowired
    DocumentService documents;

    @Test
    void everyRouteOpenedDirectlyKnowsEveryComponentTheApplicationUses() {
        long agreementId = newSignedAgreement("Route Check Vendor " + System.nanoTime() % 100000);
        Map<Class<?>, String> parameters = Map.of(
                AgreementView.class, String.valueOf(agreementId),
                BreachView.class, String.valueOf(breachOf(agreementId)),
                RecordView.class,
                        String.valueOf(SystemAccess.call(() -> records.findAll(RecordFilter.all()))
                                .getFirst()
                                .id()),
                ClauseReviewView.class, "agreements/" + agreementId + "/clauses/" + signedDpaOf(agreementId));
        Set<String> usedTags = UsedComponentTags.ofApplication();
        assertThat(usedTags).contains("vaadin-checkbox-group", "vaadin-radio-group", "vaadin-grid", "vaadin-dialog");

        Map<String, List<String>> undefinedByRoute = new TreeMap<>();
        List<Class<?>> routes = routeClasses();
        assertThat(routes).hasSizeGreaterThan(15);
        for (Class<?> view : routes.stream().filter(WITHOUT_LOGIN::contains).toList()) {
            driver.manage().deleteAllCookies();
            check(url(view, parameters), usedTags, undefinedByRoute);
        }
        for (String[] user : USERS) {
            page.logInAs(user[0], user[1]);
            for (Class<?> view :
                    routes.stream().filter(r -> !WITHOUT_LOGIN.contains(r)).toList()) {
                check(url(view, parameters), usedTags, undefinedByRoute);
                assertThat(driver.getCurrentUrl())
                        .as("opened " + view.getSimpleName())
                        .doesNotContain("login");
            }
        }

        assertThat(undefinedByRoute).as("undefined web components per route").isEmpty();
    }

    @Test
    void anAddressThatLeadsNowhereShowsANotFoundPageInsideTheApplication() {
        page.logInAs("dpo", "dpo-demo-2026");
        openDirectly("no-such-page");

        assertThat(driver.findElement(By.id("not-found")).getText())
                .contains("Page not found", "/no-such-page", "Back to the start page");
        assertThat(driver.findElements(By.id("main-nav")))
                .as("the menu of the layout")
                .hasSize(1);
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
        Chromium.screenshot(driver, "production-not-found");
    }

    @Test
    void theStartPageDrawsItsChartsFromTheProductionBundle() {
        page.logInAs("dpo", "dpo-demo-2026");
        openDirectly("");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(
                        driver.executeScript("const charts = [...document.querySelectorAll('dpa-chart')];"
                                + " return charts.length === 4 && charts.every(c => customElements.get('dpa-chart')"
                                + " && c.shadowRoot && c.shadowRoot.querySelector('canvas').width > 0 && !!c.chart)")));
        Chromium.screenshot(driver, "production-start-page");
    }

    private void check(String url, Set<String> usedTags, Map<String, List<String>> undefinedByRoute) {
        openDirectly(url);
        List<String> undefined = new java.util.ArrayList<>(page.undefinedVaadinElements());
        page.undefinedOf(usedTags).stream()
                .filter(tag -> !undefined.contains(tag))
                .forEach(undefined::add);
        if (!undefined.isEmpty()) {
            undefinedByRoute.merge("/" + url, undefined, (a, b) -> a);
        }
    }

    private long breachOf(long agreementId) {
        Instant aware = Instant.now().minus(2, ChronoUnit.HOURS);
        return SystemAccess.call(
                        () -> breaches.save(TestBreaches.payrollExport(agreementId, aware, aware, aware, Risk.RISK)))
                .id();
    }

    private long signedDpaOf(long agreementId) {
        return SystemAccess.call(() -> documents.upload(
                        DocumentOwner.agreement(agreementId),
                        new DocumentDraft(DocumentKind.SIGNED_DPA, "Signed DPA", null, null),
                        "signed-dpa.pdf",
                        new ByteArrayInputStream(TestFiles.pdf("The processor acts only on documented instructions."))))
                .id();
    }

    private static String url(Class<?> view, Map<Class<?>, String> parameters) {
        String path = view.getAnnotation(Route.class).value();
        if (path.contains(":")) {
            assertThat(parameters)
                    .as("an example address for the route template of " + view.getSimpleName())
                    .containsKey(view);
            return parameters.get(view);
        }
        if (HasUrlParameter.class.isAssignableFrom(view)) {
            assertThat(parameters)
                    .as("an example parameter for the route of " + view.getSimpleName())
                    .containsKey(view);
            return path + "/" + parameters.get(view);
        }
        return path;
    }

    private static List<Class<?>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.dpatracker").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> {
                    try {
                        return Class.forName(name);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }
}
