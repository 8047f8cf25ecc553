package org.dpatracker.processor;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which agreements each organisation of the register appears in, for the list of organisations. */
@Service
public class OrganisationUseService {

    private final OrganisationUsesQuery query;

    OrganisationUseService(OrganisationUsesQuery query) {
        this.query = query;
    }

    /** The uses by organisation id; an organisation in no agreement has none. */
    @RolesAllowed(Permission.Names.REGISTER_READ)
    @Transactional(readOnly = true)
    public Map<Long, List<OrganisationUse>> byOrganisation() {
        return query.all().stream().collect(Collectors.groupingBy(OrganisationUse::organisationId));
    }
}
