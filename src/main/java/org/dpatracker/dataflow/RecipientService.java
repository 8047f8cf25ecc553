package org.dpatracker.dataflow;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where personal data goes: every receiving organisation across all agreements, for managers' review. */
@Service
public class RecipientService {

    private final RecipientQuery query;
    private final RedFlagRefresher redFlags;

    RecipientService(RecipientQuery query, RedFlagRefresher redFlags) {
        this.query = query;
        this.redFlags = redFlags;
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Recipient> recipients(RecipientFilter filter) {
        Map<String, List<RecipientQuery.PartyLocation>> locations = query.locationsByParty();
        Map<Long, List<RedFlag>> flagsByAgreement = redFlags.flagsOfAll();

        Map<Long, Builder> builders = new LinkedHashMap<>();
        for (RecipientQuery.Party party : query.parties()) {
            Builder builder = builders.computeIfAbsent(party.organisationId(), id -> new Builder(party));
            builder.via.add(new Recipient.Via(
                    party.agreementId(),
                    party.controllerName(),
                    party.processorName(),
                    party.subprocessorId() == null));
            for (RecipientQuery.PartyLocation location : locations.getOrDefault(
                    RecipientQuery.key(party.agreementId(), party.subprocessorId()), List.of())) {
                builder.countries.add(location.country());
                if (location.mechanism() != null) {
                    builder.mechanisms.add(location.mechanism());
                }
            }
            flagsByAgreement.getOrDefault(party.agreementId(), List.of()).stream()
                    .filter(flag -> flag.subject().equals(party.name()))
                    .filter(flag -> !builder.flags.contains(flag))
                    .forEach(builder.flags::add);
        }
        return builders.values().stream()
                .map(Builder::build)
                .filter(recipient -> matches(recipient, filter))
                .sorted(Comparator.comparing(recipient -> recipient.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The overview as filtered, as CSV. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public byte[] exportCsv(RecipientFilter filter) {
        return RecipientExport.csv(recipients(filter));
    }

    private static boolean matches(Recipient recipient, RecipientFilter filter) {
        boolean text = filter.text() == null
                || filter.text().isBlank()
                || recipient
                        .name()
                        .toLowerCase(Locale.ROOT)
                        .contains(filter.text().trim().toLowerCase(Locale.ROOT));
        boolean country = filter.country() == null || recipient.countries().contains(filter.country());
        boolean thirdCountry =
                !filter.outsideEeaOnly() || recipient.countries().stream().anyMatch(c -> !Countries.isInEea(c));
        boolean flagged = !filter.flaggedOnly() || !recipient.redFlags().isEmpty();
        return text && country && thirdCountry && flagged;
    }

    private static final class Builder {
        private final RecipientQuery.Party party;
        private final List<Recipient.Via> via = new ArrayList<>();
        private final Set<String> countries = new TreeSet<>();
        private final Set<TransferMechanism> mechanisms = EnumSet.noneOf(TransferMechanism.class);
        private final List<RedFlag> flags = new ArrayList<>();

        Builder(RecipientQuery.Party party) {
            this.party = party;
        }

        Recipient build() {
            return new Recipient(
                    party.organisationId(),
                    party.name(),
                    Objects.requireNonNullElse(party.seatCountry(), ""),
                    via,
                    countries,
                    mechanisms,
                    flags);
        }
    }
}
