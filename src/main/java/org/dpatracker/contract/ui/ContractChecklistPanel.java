package org.dpatracker.contract.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractCompleteness;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/**
 * Every Art. 28(3) point with its status, the clause and a short quote, and the completeness figure. Who may
 * edit the checklist edits each point in its row; the figure follows each save.
 */
class ContractChecklistPanel extends Div {

    private final Paragraph figure = new Paragraph();

    ContractChecklistPanel(ContractCheckService checks, long agreementId) {
        setId("contract-checklist");
        setWidthFull();
        List<ContractCheck> points = checks.ofAgreement(agreementId);
        figure.setId("contract-completeness");
        showCompleteness(points);
        add(new H3(getTranslation("contract.title")), figure);
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            add(new ContractChecklistRows(checks, agreementId, points, this::showCompleteness));
        } else {
            add(new ContractChecklistTable(points));
        }
    }

    private void showCompleteness(List<ContractCheck> points) {
        ContractCompleteness completeness = ContractCompleteness.of(points);
        figure.setText(getTranslation(
                "contract.completeness",
                completeness.present(),
                completeness.total(),
                completeness.partial(),
                completeness.missing(),
                completeness.open(),
                completeness.percent()));
    }
}
