package org.dpatracker.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.dpatracker.core.ui.ColorSchemes;
import org.dpatracker.core.ui.SupportedLocales;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.processor.ui.RegisterView;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.reminder.ui.InboxBell;
import org.dpatracker.reminder.ui.PreferencesView;
import org.dpatracker.search.SearchService;
import org.dpatracker.search.ui.SearchDialog;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.user.UserService;

/**
 * The frame around every signed-in page: the navigation, built from the views the user's
 * permissions open, the global search (Ctrl+K or Cmd+K), the bell with the user's reminders, and the
 * user menu with language, light or dark, reminder preferences and logout. A skip link, the
 * keyboard's first stop, leads past all of it to the page's content.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient UserService users;
    private final transient ChangeNoticeService notices;
    private final transient SearchService search;
    private SearchDialog searchDialog;
    private final Main content = new Main();

    MainLayout(
            AuthenticationContext authentication,
            UserService users,
            ChangeNoticeService notices,
            ReminderService reminders,
            SearchService search) {
        this.authentication = authentication;
        this.users = users;
        this.notices = notices;
        this.search = search;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        DrawerToggle menuToggle = new DrawerToggle();
        menuToggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        HorizontalLayout navbar = new HorizontalLayout(menuToggle, title, new InboxBell(reminders), userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassNames("px-m");
        if (CurrentUser.has(Permission.REGISTER_READ)) {
            navbar.addComponentAtIndex(2, searchButton());
            Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.CONTROL);
            Shortcuts.addShortcutListener(this, this::openSearch, Key.KEY_K, KeyModifier.META);
        }
        addToNavbar(skipLink(), navbar);
        addToDrawer(navigation());
        content.setId("main-content");
        content.addClassName("main-content");
        content.getElement().setAttribute("tabindex", "-1");
        setContent(content);
        ColorSchemes.applyTo(UI.getCurrent());
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    private Anchor skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip-to-content"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // Focus moves with the link, so the next Tab continues inside the content.
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById('main-content'); main.focus(); main.scrollIntoView(); })");
        return skip;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            if (entry.path().replaceFirst("^/", "").equals("notices")) {
                int open = notices.countOpen();
                if (open > 0) {
                    // The in-app indicator: changes waiting for a decision.
                    Span count = new Span(String.valueOf(open));
                    count.getElement().getThemeList().add("badge error pill small");
                    count.setId("open-notices");
                    item.setSuffixComponent(count);
                }
            }
            nav.addItem(item);
            if (entry.path().replaceFirst("^/", "").equals("register") && CurrentUser.has(Permission.REGISTER_EDIT)) {
                nav.addItem(myAgreements());
            }
        }
        return nav;
    }

    /** The register narrowed to the agreements the signed-in user is responsible for. */
    private SideNavItem myAgreements() {
        SideNavItem mine = new SideNavItem(getTranslation("nav.my-agreements"), RegisterView.MY_AGREEMENTS);
        mine.setPrefixComponent(VaadinIcon.USER_CHECK.create());
        mine.setId("nav-my-agreements");
        return mine;
    }

    private Button searchButton() {
        Button button = new Button(VaadinIcon.SEARCH.create(), click -> openSearch());
        button.setId("global-search");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("search.open"));
        button.getElement().setAttribute("title", getTranslation("search.open"));
        return button;
    }

    private void openSearch() {
        if (searchDialog == null || !searchDialog.isOpened()) {
            searchDialog = new SearchDialog(search);
            searchDialog.open();
        }
    }

    private MenuBar userMenu() {
        String name = CurrentUser.principal().map(AppUserPrincipal::displayName).orElse(CurrentUser.name());
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(name));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = menu.addItem(label);
        SubMenu sub = root.getSubMenu();
        SubMenu languages = sub.addItem(getTranslation("menu.language")).getSubMenu();
        for (Locale locale : SupportedLocales.ALL) {
            MenuItem item = languages.addItem(SupportedLocales.label(locale), click -> switchLanguage(locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        SubMenu schemes = sub.addItem(getTranslation("menu.color-scheme")).getSubMenu();
        ColorScheme.Value current = ColorSchemes.current();
        for (ColorScheme.Value scheme : ColorSchemes.CHOICES) {
            MenuItem item = schemes.addItem(
                    getTranslation("menu.color-scheme." + scheme.name()),
                    click -> ColorSchemes.choose(UI.getCurrent(), scheme));
            item.setCheckable(true);
            item.setChecked(scheme == current);
        }
        sub.addItem(getTranslation("menu.preferences"), click -> UI.getCurrent().navigate(PreferencesView.class));
        sub.addItem(getTranslation("menu.logout"), click -> authentication.logout());
        return menu;
    }

    private void switchLanguage(Locale locale) {
        users.changeOwnLocale(locale);
        SupportedLocales.remember(locale);
        UI.getCurrent().getPage().reload();
    }
}
