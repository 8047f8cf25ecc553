package org.dpatracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.dpatracker.core.ui.SupportedLocales;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Gives every new browser tab its language: the one chosen in this session, else the signed-in
 * user's saved choice, else the browser's.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = SupportedLocales.remembered()
                    .or(() -> CurrentUser.principal().map(AppUserPrincipal::locale))
                    .orElseGet(() -> SupportedLocales.closest(init.getUI().getLocale()));
            init.getUI().setLocale(SupportedLocales.closest(locale));
        });
    }
}
