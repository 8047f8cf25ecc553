package org.dpatracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Collections;
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
                    .orElseGet(LocaleInitializer::browserLocale);
            init.getUI().setLocale(SupportedLocales.closest(locale));
        });
    }

    /** The first of the browser's languages (Accept-Language) that the app speaks. */
    private static Locale browserLocale() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest) {
            for (Locale accepted :
                    Collections.list(servletRequest.getHttpServletRequest().getLocales())) {
                if (SupportedLocales.ALL.stream().anyMatch(l -> l.getLanguage().equals(accepted.getLanguage()))) {
                    return SupportedLocales.closest(accepted);
                }
            }
        }
        return SupportedLocales.ENGLISH;
    }
}
