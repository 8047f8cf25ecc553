package org.dpatracker.core.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo and the app's own styles from the frontend folder, light or dark as the
 * browser prefers until the user chooses (see {@link ColorSchemes}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@CssImport("./styles/app.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@PWA(
        name = "DPA Tracker",
        shortName = "DPA Tracker",
        offlineResources = {})
public class AppShell implements AppShellConfigurator {}
