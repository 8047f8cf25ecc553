package org.dpatracker.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;

/** Language buttons for the pages shown before login; the choice lasts for the browser session. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch() {
        for (Locale locale : SupportedLocales.ALL) {
            Button button = new Button(SupportedLocales.label(locale), click -> switchTo(locale));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("lang", locale.getLanguage());
            add(button);
        }
    }

    private static void switchTo(Locale locale) {
        SupportedLocales.remember(locale);
        UI.getCurrent().getPage().reload();
    }
}
