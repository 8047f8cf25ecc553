package org.dpatracker.apitoken.ui;

import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.reminder.ui.PreferencesSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the user's personal access tokens on the preferences page, below the calendar feed. */
@Configuration(proxyBeanMethods = false)
class ApiTokenPreferencesSections {

    @Bean
    PreferencesSection apiTokenSection(ApiTokenService tokens) {
        return new PreferencesSection(20, () -> new OwnTokensPanel(tokens));
    }
}
