package org.dpatracker.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dpatracker.core.Dates;

/** Shows instants in the browser's time zone (UTC until the browser has told it). */
public final class ClientTime {

    private ClientTime() {}

    public static ZoneId zone() {
        return Optional.ofNullable(UI.getCurrent())
                .map(ui -> ui.getInternals().getExtendedClientDetails())
                .map(ExtendedClientDetails::getTimeZoneId)
                .filter(id -> !id.isBlank())
                .map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return Dates.format(instant, UI.getCurrent().getLocale(), zone) + " (" + zone.getId() + ")";
    }

    /** When something falls due: the instant with its time where it has one, else the day. */
    public static String due(Instant dueAt, java.time.LocalDate dueOn) {
        return dueAt != null ? format(dueAt) : date(dueOn);
    }

    /** A calendar date in the user's language, e.g. "2026-11-21" or "21.11.2026"; empty for none. */
    public static String date(java.time.LocalDate date) {
        return Dates.format(date, UI.getCurrent().getLocale());
    }

    /** A date and time the user entered on their clock, as an instant; earlier offset when the clock went back. */
    public static Instant toInstant(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    /** An instant as the user's wall-clock time, for editing. */
    public static java.time.LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, zone());
    }
}
