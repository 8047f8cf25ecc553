package org.dpatracker.dataflow;

import java.util.List;
import java.util.Set;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.transfer.TransferMechanism;

/**
 * An organisation that receives our personal data, as processor or subprocessor, with every
 * agreement it is part of, the countries it processes in, the transfer bases, and its red flags.
 */
public record Recipient(
        long organisationId,
        String name,
        String seatCountry,
        List<Via> via,
        Set<String> countries,
        Set<TransferMechanism> mechanisms,
        List<RedFlag> redFlags) {

    /** One agreement through which the recipient gets data; {@code processor} false: as a subprocessor. */
    public record Via(long agreementId, String controllerName, String processorName, boolean processor) {}
}
