package org.dpatracker.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.tom.MeasureStatus;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The DPO fills the Art. 28(3) checklist row by row on the agreement page, without a dialog. */
@H2Test
class ChecklistRowEditingTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ContractCheckService checks;

    @Autowired
    TomChecklistService checklists;

    @Autowired
    TomCatalogueService catalogues;

    @Autowired
    ChangeHistoryService history;

    Agreement agreement;

    @BeforeEach
    void ownAgreement() {
        agreement = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPointEditedInItsRowIsStoredWithItsClauseAndRecordedInTheHistory() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _setValue(_get(Select.class, spec -> spec.withId("contract-status-SECURITY")), PointStatus.PRESENT);
        _setValue(_get(TextField.class, spec -> spec.withId("contract-clause-SECURITY")), "Annex 2, section 4");
        _click(_get(Button.class, spec -> spec.withId("contract-row-save-SECURITY")));

        assertThat(stored(ContractPoint.SECURITY).status()).isEqualTo(PointStatus.PRESENT);
        assertThat(stored(ContractPoint.SECURITY).clauseReference()).isEqualTo("Annex 2, section 4");
        assertThat(SystemAccess.call(() -> history.findPage(
                        new ChangeFilter("contract-check", agreement.id() + ":SECURITY", null), 0, 10)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.afterState()).contains("PRESENT", "Annex 2, section 4"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("contract-completeness"))
                        .getText())
                .startsWith("1 of 12 points present");
    }

    @Test
    @SuppressWarnings("unchecked")
    void presentWithoutAClauseIsRefusedAtTheClauseFieldOfThatRow() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _setValue(_get(Select.class, spec -> spec.withId("contract-status-CONFIDENTIALITY")), PointStatus.PRESENT);
        _click(_get(Button.class, spec -> spec.withId("contract-row-next-CONFIDENTIALITY")));

        TextField clause = _get(TextField.class, spec -> spec.withId("contract-clause-CONFIDENTIALITY"));
        assertThat(clause.isInvalid()).isTrue();
        assertThat(clause.getErrorMessage()).isEqualTo("Name the clause where the contract says it.");
        assertThat(stored(ContractPoint.CONFIDENTIALITY).isNew()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void markAllGivesEveryPointTheStatusWithOneHistoryEntryPerChangedPoint() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _setValue(_get(Select.class, spec -> spec.withId("contract-mark-all-status")), PointStatus.MISSING);
        _click(_get(Button.class, spec -> spec.withId("contract-mark-all-apply")));

        List<ContractCheck> after = SystemAccess.call(() -> checks.ofAgreement(agreement.id()));
        assertThat(after).extracting(ContractCheck::status).containsOnly(PointStatus.MISSING);
        for (ContractPoint point : ContractPoint.values()) {
            assertThat(SystemAccess.call(() -> history.count(
                            new ChangeFilter("contract-check", agreement.id() + ":" + point.name(), null))))
                    .as(point.name())
                    .isEqualTo(1);
        }
        assertThat(_get(Select.class, spec -> spec.withId("contract-status-SECURITY"))
                        .getValue())
                .isEqualTo(PointStatus.MISSING);
    }

    @Test
    @SuppressWarnings("unchecked")
    void markAllLeavesThePointsAlreadyCheckedUnlessToldToChangeEveryOne() {
        SystemAccess.run(() -> checks.save(new ContractCheck(
                agreement.id(), ContractPoint.SECURITY, PointStatus.PRESENT, "§ 7", "TOMs in Annex 2", -1)));
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        _setValue(_get(Select.class, spec -> spec.withId("contract-mark-all-status")), PointStatus.MISSING);
        _click(_get(Button.class, spec -> spec.withId("contract-mark-all-apply")));

        assertThat(stored(ContractPoint.SECURITY).status())
                .as("the point worked through keeps its status and clause")
                .isEqualTo(PointStatus.PRESENT);
        assertThat(stored(ContractPoint.SECURITY).clauseReference()).isEqualTo("§ 7");
        assertThat(SystemAccess.call(() -> checks.ofAgreement(agreement.id())))
                .filteredOn(check -> check.point() != ContractPoint.SECURITY)
                .extracting(ContractCheck::status)
                .containsOnly(PointStatus.MISSING);

        _setValue(_get(Checkbox.class, spec -> spec.withId("contract-mark-all-open-only")), false);
        _click(_get(Button.class, spec -> spec.withId("contract-mark-all-apply")));
        assertThat(stored(ContractPoint.SECURITY).status()).isEqualTo(PointStatus.MISSING);
    }

    @Test
    @SuppressWarnings("unchecked")
    void markAllPresentIsRefusedAtTheStatusWhilePointsNameNoClause() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreement.id());
        Select<PointStatus> status = _get(Select.class, spec -> spec.withId("contract-mark-all-status"));
        _setValue(status, PointStatus.PRESENT);
        _click(_get(Button.class, spec -> spec.withId("contract-mark-all-apply")));

        assertThat(status.isInvalid()).isTrue();
        assertThat(status.getErrorMessage()).startsWith("12 of these points name no clause yet");
        assertThat(SystemAccess.call(() -> checks.ofAgreement(agreement.id()))).allMatch(ContractCheck::isNew);
    }

    @Test
    void anAuditorCannotMarkAllPointsOrMeasures() {
        TomChecklist checklist = SystemAccess.call(() -> checklists.start(
                agreement.id(), null, catalogues.findAll().getFirst().id()));
        login("auditor");
        assertThatThrownBy(() -> checks.markAll(agreement.id(), List.of(ContractPoint.values()), PointStatus.MISSING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.markAll(
                        checklist.id(),
                        checklist.entries().stream().map(e -> e.id()).toList(),
                        MeasureStatus.NOT_APPLICABLE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAccess.call(() -> checks.ofAgreement(agreement.id()))).allMatch(ContractCheck::isNew);
        assertThat(SystemAccess.call(() -> checklists.ofAgreement(agreement.id()))
                        .getFirst()
                        .progress()
                        .open())
                .isEqualTo(checklist.entries().size());
    }

    private ContractCheck stored(ContractPoint point) {
        return SystemAccess.call(() -> checks.ofAgreement(agreement.id())).stream()
                .filter(check -> check.point() == point)
                .findFirst()
                .orElseThrow();
    }
}
