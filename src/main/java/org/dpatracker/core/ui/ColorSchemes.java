package org.dpatracker.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Light or dark: by default the browser's {@code prefers-color-scheme}, or the user's own choice,
 * which this browser keeps in a cookie for a year.
 */
public final class ColorSchemes {

    /** The choices in the user menu: the system's setting first. */
    public static final List<ColorScheme.Value> CHOICES =
            List.of(ColorScheme.Value.LIGHT_DARK, ColorScheme.Value.LIGHT, ColorScheme.Value.DARK);

    static final String COOKIE = "dpa-color-scheme";

    private ColorSchemes() {}

    /** The scheme this browser chose, or the system's. */
    public static ColorScheme.Value current() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getCookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .flatMap(
                        value -> CHOICES.stream().filter(choice -> choice.name().equalsIgnoreCase(value)))
                .findFirst()
                .orElse(ColorScheme.Value.LIGHT_DARK);
    }

    /** Shows the page in the scheme this browser chose. */
    public static void applyTo(UI ui) {
        ColorScheme.Value chosen = current();
        if (ui.getPage().getColorScheme() != chosen) {
            ui.getPage().setColorScheme(chosen);
        }
    }

    /** Remembers the choice in this browser and shows the page again in it (charts draw anew). */
    public static void choose(UI ui, ColorScheme.Value scheme) {
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                                + " location.reload()",
                        COOKIE,
                        scheme.name().toLowerCase(java.util.Locale.ROOT));
    }
}
