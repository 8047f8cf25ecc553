package org.dpatracker.processor;

import java.util.List;
import java.util.Map;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.redflag.RedFlag;

/** An agreement with everything the detail page shows: parties, subprocessors at any depth, red flags. */
public record AgreementDetail(
        Agreement agreement,
        Organisation controller,
        Organisation processor,
        List<Subprocessor> subprocessors,
        Map<Long, Organisation> organisations,
        List<RedFlag> redFlags) {

    public AgreementDetail {
        subprocessors = List.copyOf(subprocessors);
        organisations = Map.copyOf(organisations);
        redFlags = List.copyOf(redFlags);
    }

    public Organisation organisationOf(Subprocessor subprocessor) {
        return organisations.get(subprocessor.organisationId());
    }

    /** The subprocessors engaged directly by the processor ({@code parentId} null) or by the given one. */
    public List<Subprocessor> engagedBy(Long parentId) {
        return subprocessors.stream()
                .filter(s -> java.util.Objects.equals(s.parentId(), parentId))
                .toList();
    }
}
