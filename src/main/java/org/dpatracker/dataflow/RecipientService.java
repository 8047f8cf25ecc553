package org.dpatracker.dataflow;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.AdequacyService;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where personal data goes: every receiving organisation across all agreements, for managers' review. */
@Service
public class RecipientService {

    /** Recipients completed at a time for the whole list: their ids go into IN lists, which must stay short. */
    private static final int BATCH = 200;

    private final RecipientQuery query;
    private final AdequacyService adequacy;

    RecipientService(RecipientQuery query, AdequacyService adequacy) {
        this.query = query;
        this.adequacy = adequacy;
    }

    /** One page of the recipients the filter matches, by name. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Recipient> page(RecipientFilter filter, int offset, int limit) {
        return complete(query.page(filter, offset, limit));
    }

    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public int count(RecipientFilter filter) {
        return query.count(filter);
    }

    /** How many of the recipients the filter matches process data in each country. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Map<String, Integer> recipientsPerCountry(RecipientFilter filter) {
        return query.recipientsPerCountry(filter);
    }

    /**
     * Every country the map colours, by code: the EEA, countries with an adequacy decision, and the third
     * countries where the matching recipients process data, each with how many of them do.
     */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<CountryTransfers> transfersPerCountry(RecipientFilter filter) {
        Map<String, AdequacyDecision> decisions =
                adequacy.findAll().stream().collect(Collectors.toMap(AdequacyDecision::country, decision -> decision));
        Map<String, Set<TransferMechanism>> used = query.mechanismsPerCountry(filter);
        Map<String, Integer> counts = query.recipientsPerCountry(filter);
        Set<String> countries = new TreeSet<>(Countries.EEA);
        countries.addAll(decisions.keySet());
        countries.addAll(counts.keySet());
        List<CountryTransfers> transfers = new ArrayList<>();
        for (String country : countries) {
            TransferCategories.of(
                            country,
                            Optional.ofNullable(decisions.get(country)),
                            used.getOrDefault(country, Set.of()),
                            adequacy.today())
                    .ifPresent(category ->
                            transfers.add(new CountryTransfers(country, category, counts.getOrDefault(country, 0))));
        }
        return transfers;
    }

    /** Every recipient the filter matches, by name: what the export and the API hand out. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public List<Recipient> recipients(RecipientFilter filter) {
        List<Recipient> all = new ArrayList<>();
        List<Recipient> page;
        do {
            page = complete(query.page(filter, all.size(), BATCH));
            all.addAll(page);
        } while (page.size() == BATCH);
        return all;
    }

    /** The overview as filtered, as CSV. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public byte[] exportCsv(RecipientFilter filter) {
        return RecipientExport.csv(recipients(filter));
    }

    /** Adds to each listed recipient its agreements, countries, transfer bases and red flags. */
    private List<Recipient> complete(List<RecipientQuery.Listed> listed) {
        if (listed.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                listed.stream().map(RecipientQuery.Listed::organisationId).toList();
        Map<Long, String> names = listed.stream()
                .collect(Collectors.toMap(RecipientQuery.Listed::organisationId, RecipientQuery.Listed::name));
        List<RecipientQuery.Party> parties = query.parties(ids);
        Map<String, List<RecipientQuery.PartyLocation>> locations = query.locations(ids);
        Map<Long, List<RedFlag>> flagsByAgreement = new LinkedHashMap<>();
        query.flags(Set.copyOf(names.values()))
                .forEach(stored -> flagsByAgreement
                        .computeIfAbsent(stored.agreementId(), id -> new ArrayList<>())
                        .add(stored.flag()));

        Map<Long, Builder> builders = new LinkedHashMap<>();
        listed.forEach(recipient -> builders.put(recipient.organisationId(), new Builder(recipient)));
        for (RecipientQuery.Party party : parties) {
            Builder builder = builders.get(party.organisationId());
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
                    .filter(flag -> flag.subject().equals(builder.listed.name()))
                    .filter(flag -> !builder.flags.contains(flag))
                    .forEach(builder.flags::add);
        }
        return builders.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final RecipientQuery.Listed listed;
        private final List<Recipient.Via> via = new ArrayList<>();
        private final Set<String> countries = new TreeSet<>();
        private final Set<TransferMechanism> mechanisms = EnumSet.noneOf(TransferMechanism.class);
        private final List<RedFlag> flags = new ArrayList<>();

        Builder(RecipientQuery.Listed listed) {
            this.listed = listed;
        }

        Recipient build() {
            return new Recipient(
                    listed.organisationId(),
                    listed.name(),
                    Objects.requireNonNullElse(listed.seatCountry(), ""),
                    via,
                    countries,
                    mechanisms,
                    flags);
        }
    }
}
