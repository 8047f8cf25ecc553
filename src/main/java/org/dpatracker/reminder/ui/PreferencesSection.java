package org.dpatracker.reminder.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;

/**
 * A part another feature adds to the user's preferences page (such as the calendar feed), registered as a
 * bean; the page shows them by {@code order} below the reminder settings.
 */
public record PreferencesSection(int order, Supplier<Component> renderer) {}
