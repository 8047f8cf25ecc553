package org.dpatracker.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.dpatracker.history.ui.ChangeHistoryView;
import org.dpatracker.security.ui.LoginView;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.user.ui.UserAdminView;
import org.junit.jupiter.api.Test;

@H2Test
class NavigationTest extends BrowserlessTest {

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        UI.getCurrent().navigate("");
        assertThat(_find(LoginView.class)).hasSize(1);
        UI.getCurrent().navigate("users");
        assertThat(_find(LoginView.class)).hasSize(1);
        assertThat(_find(UserAdminView.class)).isEmpty();
    }

    @Test
    void theAdministratorSeesUsersAndHistory() {
        assertThat(navigationOf("admin"))
                .containsExactly(
                        "Start",
                        "Users",
                        "API tokens",
                        "Measure catalogues",
                        "Adequacy decisions",
                        "Webhooks",
                        "Mail and reminders",
                        "Backup",
                        "Change history");
    }

    @Test
    void theDpoSeesTheRegisterAndHistoryButNotTheUsers() {
        assertThat(navigationOf("dpo"))
                .containsExactly(
                        "Start",
                        "Upcoming deadlines",
                        "Processors",
                        "My agreements",
                        "Organisations",
                        "Records of processing",
                        "Where data goes",
                        "Breaches",
                        "Audits",
                        "Subprocessor changes",
                        "Annex PDFs",
                        "Published list",
                        "Measure catalogues",
                        "Change history");
    }

    @Test
    void theAuditorSeesTheRegisterAndHistory() {
        assertThat(navigationOf("auditor"))
                .containsExactly(
                        "Start",
                        "Upcoming deadlines",
                        "Processors",
                        "Organisations",
                        "Records of processing",
                        "Where data goes",
                        "Breaches",
                        "Audits",
                        "Subprocessor changes",
                        "Annex PDFs",
                        "Measure catalogues",
                        "Change history");
    }

    @Test
    void theManagerSeesTheRegisterButNotTheHistory() {
        assertThat(navigationOf("manager"))
                .containsExactly(
                        "Start",
                        "Upcoming deadlines",
                        "Processors",
                        "Organisations",
                        "Records of processing",
                        "Where data goes",
                        "Breaches",
                        "Audits",
                        "Subprocessor changes",
                        "Measure catalogues");
    }

    @Test
    void aManagerWhoTypesTheUsersAddressDoesNotGetThere() {
        login("manager");
        assertThatThrownBy(() -> UI.getCurrent().navigate("users")).hasMessageContaining("Access is denied");
        assertThat(_find(UserAdminView.class)).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate("history")).hasMessageContaining("Access is denied");
        assertThat(_find(ChangeHistoryView.class)).isEmpty();
    }

    @Test
    void theStartPageDescribesEachRoleOfTheUser() {
        login("dpo");
        UI.getCurrent().navigate("");
        assertThat(_get(HomeView.class).getElement().getTextRecursively())
                .contains("Welcome, Dana Datenschutz", "Data protection officer", "Edit the register");
    }

    @Test
    void theNavigationSpeaksGermanForAGermanUser() {
        login("admin");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().navigate("");
        assertThat(labels())
                .containsExactly(
                        "Start",
                        "Benutzer",
                        "API-Tokens",
                        "Maßnahmenkataloge",
                        "Angemessenheitsbeschlüsse",
                        "Webhooks",
                        "Mail und Erinnerungen",
                        "Datensicherung",
                        "Änderungsprotokoll");
    }

    private List<String> navigationOf(String username) {
        login(username);
        UI.getCurrent().navigate("");
        return labels();
    }

    private static List<String> labels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
