package org.dpatracker.vendorlist;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.notice.OpenNotice;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.security.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a vendor's published sub-processor list with an agreement's sub-processors and records a change
 * notice (Art. 28(2) GDPR) for each addition, for the DPO. Removals are only reported: the DPO ends them
 * on the agreement, where the end date is known.
 */
@Service
public class VendorListService {

    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final ChangeNoticeService notices;

    VendorListService(AgreementService agreements, OrganisationService organisations, ChangeNoticeService notices) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.notices = notices;
    }

    /** The differences, additions first; refused as a whole ({@code ImportRefusedException}) when the list is unreadable. */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional(readOnly = true)
    public List<Difference> compare(long agreementId, VendorListInput input) {
        AgreementDetail agreement = agreement(agreementId);
        return ListComparison.of(
                VendorListReader.read(input),
                agreement.subprocessors(),
                agreement.organisations(),
                organisations.findAll(null),
                pendingOrganisations(agreementId));
    }

    /**
     * Records one change notice per addition that has none yet, received and effective on the given days; an
     * organisation nobody has recorded is created with the listed name. All or nothing.
     */
    @RolesAllowed(Permission.Names.REGISTER_EDIT)
    @Transactional
    public List<OpenNotice> recordAdditions(
            long agreementId, VendorListInput input, LocalDate receivedOn, LocalDate effectiveFrom) {
        List<Difference> additions = compare(agreementId, input).stream()
                .filter(d -> d.kind() == Difference.Kind.ADDED && !d.noticePending())
                .toList();
        if (additions.isEmpty()) {
            throw new InvalidInputException("additions", "vendorlist.no-additions");
        }
        List<OpenNotice> recorded = new ArrayList<>();
        for (Difference addition : additions) {
            long organisationId = addition.organisationId() != null
                    ? addition.organisationId()
                    : organisations.save(newOrganisation(addition.name())).id();
            ChangeNotice notice = notices.record(new ChangeNotice(
                    null,
                    0,
                    agreementId,
                    receivedOn,
                    effectiveFrom,
                    organisationId,
                    null,
                    null,
                    addition.purpose().isBlank() ? "–" : addition.purpose(),
                    null,
                    input.fileName(),
                    addition.after().stream()
                            .sorted()
                            .map(country -> ProcessingLocation.in(country, null))
                            .toList(),
                    NoticeStatus.OPEN,
                    null,
                    null));
            recorded.add(notices.find(notice.id()).orElseThrow());
        }
        return recorded;
    }

    private AgreementDetail agreement(long agreementId) {
        return agreements
                .detail(agreementId)
                .orElseThrow(() -> new InvalidInputException("agreementId", "validation.required"));
    }

    /** Organisations already announced by a notice that has not yet taken effect: not announced twice. */
    private Set<Long> pendingOrganisations(long agreementId) {
        return notices.ofAgreement(agreementId).stream()
                .map(OpenNotice::notice)
                .filter(n ->
                        n.status() == NoticeStatus.OPEN || (n.status().accepted() && n.appliedSubprocessorId() == null))
                .map(ChangeNotice::organisationId)
                .collect(Collectors.toSet());
    }

    private static Organisation newOrganisation(String name) {
        return Organisation.withoutSubdivision(
                null, name, null, null, null, null, null, null, null, null, false, 0, List.of());
    }
}
