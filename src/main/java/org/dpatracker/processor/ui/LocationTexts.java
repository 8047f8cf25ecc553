package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.Collectors;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.transfer.Countries;

/** A processing location in words: country, region, and for third countries the transfer basis. */
final class LocationTexts {

    private LocationTexts() {}

    static String describe(Component context, ProcessingLocation location) {
        StringBuilder text = new StringBuilder(
                Countries.name(location.country(), UI.getCurrent().getLocale()));
        if (location.region() != null && !location.region().isBlank()) {
            text.append(" – ").append(location.region());
        }
        if (location.mechanism() != null) {
            text.append(" · ")
                    .append(context.getTranslation(
                            "mechanism." + location.mechanism().name()));
            if (location.sccModule() != null) {
                text.append(" ").append(context.getTranslation("location.module", location.sccModule()));
            }
            if (location.derogation() != null) {
                text.append(" ").append(context.getTranslation("location.derogation-point", location.derogation()));
            }
            if (location.safeguardsReference() != null
                    && !location.safeguardsReference().isBlank()) {
                text.append(" (").append(location.safeguardsReference()).append(")");
            }
        }
        return text.toString();
    }

    /** The transfer bases of the locations outside the EEA, each once: what the subprocessor list shows. */
    static String mechanisms(Component context, List<ProcessingLocation> locations) {
        return locations.stream()
                .filter(location -> !Countries.isInEea(location.country()))
                .map(location -> context.getTranslation("mechanism."
                        + (location.mechanism() == null
                                ? "NONE"
                                : location.mechanism().name())))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    static String describe(Component context, List<ProcessingLocation> locations) {
        return locations.stream().map(location -> describe(context, location)).collect(Collectors.joining("; "));
    }
}
