package org.dpatracker.history.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.history.ChangeText;

/** The history's texts in the language and time zone of the current user. */
public final class HistoryTexts {

    private HistoryTexts() {}

    public static ChangeText current() {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        String missing = "!" + locale.getLanguage() + ": ";
        return new ChangeText(
                (key, arguments) -> {
                    String text = ui.getTranslation(locale, key, arguments);
                    return text == null || text.startsWith(missing) ? Optional.empty() : Optional.of(text);
                },
                locale,
                ClientTime.zone());
    }
}
