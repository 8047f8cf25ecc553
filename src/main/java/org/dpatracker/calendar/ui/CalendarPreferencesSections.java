package org.dpatracker.calendar.ui;

import org.dpatracker.calendar.CalendarFeedService;
import org.dpatracker.reminder.ui.PreferencesSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the user's calendar feed on the preferences page. */
@Configuration(proxyBeanMethods = false)
class CalendarPreferencesSections {

    @Bean
    PreferencesSection calendarFeedSection(CalendarFeedService feeds) {
        return new PreferencesSection(10, () -> new CalendarFeedPanel(feeds));
    }
}
