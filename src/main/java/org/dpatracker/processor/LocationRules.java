package org.dpatracker.processor;

import java.util.ArrayList;
import java.util.List;
import org.dpatracker.core.Validation;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;

/** Checks processing locations: a known country; inside the EEA no mechanism; outside, a complete one. */
public final class LocationRules {

    private static final String DEROGATIONS = "abcdefg";

    private LocationRules() {}

    /**
     * The locations as stored (codes normalised, mechanisms cleared inside the EEA), problems added to the validation.
     */
    public static List<ProcessingLocation> checked(List<ProcessingLocation> locations, Validation validation) {
        List<ProcessingLocation> checked = new ArrayList<>();
        for (ProcessingLocation location : locations) {
            String country = Countries.normaliseLocation(location.country()).orElse(null);
            validation.require(country != null, "locations", "validation.country", String.valueOf(location.country()));
            if (country == null) {
                continue;
            }
            if (Countries.isInEea(country)) {
                checked.add(new ProcessingLocation(location.id(), country, location.region(), null, null, null, null));
                continue;
            }
            TransferMechanism mechanism = location.mechanism() == null ? TransferMechanism.NONE : location.mechanism();
            validation.require(
                    mechanism != TransferMechanism.SCC_2021 || isModule(location.sccModule()),
                    "locations",
                    "location.validation.scc-module");
            validation.require(
                    mechanism != TransferMechanism.ART_49_DEROGATION || isDerogation(location.derogation()),
                    "locations",
                    "location.validation.derogation");
            checked.add(new ProcessingLocation(
                    location.id(),
                    country,
                    location.region(),
                    mechanism,
                    mechanism == TransferMechanism.SCC_2021 ? location.sccModule() : null,
                    mechanism == TransferMechanism.ART_49_DEROGATION ? location.derogation() : null,
                    location.safeguardsReference()));
        }
        return checked;
    }

    private static boolean isModule(Integer module) {
        return module != null && module >= 1 && module <= 4;
    }

    /** Whether this is one of the points (a)–(g) of Art. 49(1), written as its letter. */
    public static boolean isDerogation(String point) {
        return point != null && point.length() == 1 && DEROGATIONS.contains(point);
    }
}
