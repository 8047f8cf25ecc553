package org.dpatracker.organisation;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of an organisation's seat, read from its country and, where a country spans zones, its state:
 * the clock a controller's documents are dated by. Known for the EEA, Switzerland and the United Kingdom (the
 * seats of the controllers this register serves); elsewhere, and where the state is needed but not recorded,
 * none is guessed and documents show UTC.
 */
public final class SeatTimeZone {

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("BG", "Europe/Sofia"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("CY", "Asia/Nicosia"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("EE", "Europe/Tallinn"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("HR", "Europe/Zagreb"),
            Map.entry("HU", "Europe/Budapest"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("IS", "Atlantic/Reykjavik"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("LI", "Europe/Vaduz"),
            Map.entry("LT", "Europe/Vilnius"),
            Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("LV", "Europe/Riga"),
            Map.entry("MT", "Europe/Malta"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("NO", "Europe/Oslo"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("PT", "Europe/Lisbon"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("SE", "Europe/Stockholm"),
            Map.entry("SI", "Europe/Ljubljana"),
            Map.entry("SK", "Europe/Bratislava"));

    /** States (ISO 3166-2) whose clock differs from their country's mainland. */
    private static final Map<String, String> BY_SUBDIVISION = Map.of(
            "ES-CN", "Atlantic/Canary",
            "ES-GC", "Atlantic/Canary",
            "ES-TF", "Atlantic/Canary",
            "PT-20", "Atlantic/Azores",
            "PT-30", "Atlantic/Madeira");

    private SeatTimeZone() {}

    /** The seat's time zone, if its country (and state) settle it. */
    public static Optional<ZoneId> of(Organisation organisation) {
        if (organisation == null || organisation.country() == null) {
            return Optional.empty();
        }
        String subdivision = organisation.subdivision();
        if (subdivision != null && BY_SUBDIVISION.containsKey(subdivision)) {
            return Optional.of(ZoneId.of(BY_SUBDIVISION.get(subdivision)));
        }
        return Optional.ofNullable(BY_COUNTRY.get(organisation.country())).map(ZoneId::of);
    }

    /** The seat's time zone, or UTC where it is not known. */
    public static ZoneId orUtc(Organisation organisation) {
        return of(organisation).orElse(ZoneOffset.UTC);
    }
}
