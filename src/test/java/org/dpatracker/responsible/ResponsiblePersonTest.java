package org.dpatracker.responsible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.exchange.ExchangeFormat;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.security.AppUserPrincipal;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each agreement names the DPO who looks after it; "My agreements" lists theirs; bulk actions report counts. */
@H2Test
class ResponsiblePersonTest {

    @Autowired
    ResponsiblePersonService responsible;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    RegisterExchangeService exchange;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService directory;

    @Test
    void theNamedDpoFindsExactlyTheirAgreementsAndEachChangeIsInTheHistory() {
        String marker = "Resp Vendor " + System.nanoTime();
        Agreement theirs = agreement(marker + " A");
        agreement(marker + " B");
        UserAccount colleague = SignedIn.newUser(users, Role.DPO);

        SignedIn.as(directory, "dpo", () -> {
            responsible.assign(theirs.id(), colleague.id());
            return null;
        });

        List<AgreementRow> mine = SystemAccess.call(() ->
                agreements.findPage(RegisterFilter.text(marker).withResponsible(colleague.id()), List.of(), 0, 10));
        assertThat(mine).extracting(AgreementRow::id).containsExactly(theirs.id());
        assertThat(SystemAccess.call(() -> agreements.count(RegisterFilter.text(marker))))
                .isEqualTo(2);

        SignedIn.as(directory, "dpo", () -> {
            responsible.assign(theirs.id(), null);
            return null;
        });
        assertThat(SystemAccess.call(() -> responsible.responsibleOf(theirs.id())))
                .isEmpty();
        ChangeFilter entries = new ChangeFilter(ResponsiblePersonService.ENTITY, String.valueOf(theirs.id()), null);
        assertThat(SystemAccess.call(() -> history.findPage(entries, 0, 10)))
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.changedBy()).isEqualTo("dpo"));
    }

    @Test
    void aBulkAssignmentCountsTheAgreementsItChangedAndThoseAlreadyAssigned() {
        String marker = "Bulk Vendor " + System.nanoTime();
        Agreement first = agreement(marker + " 1");
        Agreement second = agreement(marker + " 2");
        Agreement third = agreement(marker + " 3");
        UserAccount colleague = SignedIn.newUser(users, Role.DPO);
        SignedIn.as(directory, "dpo", () -> {
            responsible.assign(first.id(), colleague.id());
            return null;
        });

        BulkResult result = SignedIn.as(
                directory,
                "dpo",
                () -> responsible.assignAll(List.of(first.id(), second.id(), third.id()), colleague.id()));

        assertThat(result).isEqualTo(new BulkResult(2, 1));
        assertThat(SystemAccess.call(() -> history.verify()).rowMismatches())
                .as("every responsible person in the register matches what the history recorded")
                .noneMatch(row -> row.entity().equals(ResponsiblePersonService.ENTITY));
        assertThat(SystemAccess.call(
                        () -> agreements.count(RegisterFilter.text(marker).withResponsible(colleague.id()))))
                .isEqualTo(3);
    }

    @Test
    void aUserWhoDoesNotEditTheRegisterCannotBeNamedAndNothingChanges() {
        Agreement agreement = agreement("Resp Refused " + System.nanoTime());
        long manager = ((AppUserPrincipal) directory.loadUserByUsername("manager")).id();

        assertThatThrownBy(() ->
                        SignedIn.as(directory, "dpo", () -> responsible.assignAll(List.of(agreement.id()), manager)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .anySatisfy(problem ->
                                        assertThat(problem.messageKey()).isEqualTo("responsible.validation.user")));
        assertThat(SystemAccess.call(() -> responsible.responsibleOf(agreement.id())))
                .isEmpty();
    }

    @Test
    void anAuditorMayNotNameAResponsiblePersonButMayExportTheSelectedAgreements() {
        String marker = "Export Pick " + System.nanoTime();
        Agreement first = agreement(marker + " One");
        Agreement second = agreement(marker + " Two");
        agreement(marker + " Three");
        long dpo = ((AppUserPrincipal) directory.loadUserByUsername("dpo")).id();

        assertThatThrownBy(() ->
                        SignedIn.as(directory, "auditor", () -> responsible.assignAll(List.of(first.id()), dpo)))
                .isInstanceOf(AccessDeniedException.class);
        String csv = new String(
                SignedIn.as(
                        directory,
                        "auditor",
                        () -> exchange.exportSelected(List.of(first.id(), second.id()), ExchangeFormat.CSV)),
                StandardCharsets.UTF_8);

        assertThat(csv).contains(marker + " One", marker + " Two").doesNotContain(marker + " Three");
        assertThatThrownBy(() ->
                        SignedIn.as(directory, "auditor", () -> exchange.exportSelected(List.of(), ExchangeFormat.CSV)))
                .isInstanceOf(InvalidInputException.class);
    }

    private Agreement agreement(String vendor) {
        return SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .save());
    }
}
