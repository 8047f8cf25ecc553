package org.dpatracker.processor;

import org.dpatracker.transfer.TransferMechanism;

/**
 * Where the processor or a subprocessor processes the data. Outside the EEA it names the transfer
 * mechanism: the module for standard clauses 2021/914, the Art. 49(1) point for a derogation, and a
 * reference to the transfer impact assessment or supplementary measures.
 */
public record ProcessingLocation(
        Long id,
        String country,
        String region,
        TransferMechanism mechanism,
        Integer sccModule,
        String derogation,
        String safeguardsReference) {

    public static ProcessingLocation in(String country, String region) {
        return new ProcessingLocation(null, country, region, null, null, null, null);
    }

    public static ProcessingLocation transfer(
            String country, String region, TransferMechanism mechanism, String safeguardsReference) {
        return new ProcessingLocation(null, country, region, mechanism, null, null, safeguardsReference);
    }

    /** The same location without its row id: as a new row, or to compare locations by their facts. */
    public ProcessingLocation withoutId() {
        return new ProcessingLocation(null, country, region, mechanism, sccModule, derogation, safeguardsReference);
    }

    @Override
    public String toString() {
        return country
                + (region == null || region.isBlank() ? "" : " (" + region + ")")
                + (mechanism == null ? "" : " " + mechanism + (sccModule == null ? "" : " module " + sccModule));
    }
}
