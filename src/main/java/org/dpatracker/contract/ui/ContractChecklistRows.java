package org.dpatracker.contract.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.ui.MarkAllBar;

/**
 * The Art. 28(3) points for someone who may edit them: each point edited in its row, "save and next" moving
 * on to the next point, and one status for all points at once. A save changes only its row.
 */
class ContractChecklistRows extends Div {

    private final List<ContractPointRow> rows = new ArrayList<>();

    ContractChecklistRows(
            ContractCheckService checks,
            long agreementId,
            List<ContractCheck> points,
            Consumer<List<ContractCheck>> changed) {
        List<ContractCheck> current = new ArrayList<>(points);
        add(new MarkAllBar<>(
                "contract-mark-all",
                Arrays.asList(PointStatus.values()),
                status -> getTranslation("contract.status." + status.name()),
                (status, openOnly) -> {
                    List<ContractCheck> after = checks.markAll(
                            agreementId,
                            current.stream()
                                    .filter(check -> !openOnly || check.status() == PointStatus.OPEN)
                                    .map(ContractCheck::point)
                                    .toList(),
                            status);
                    int count = (int) after.stream()
                            .filter(check -> current.stream()
                                    .anyMatch(before ->
                                            before.point() == check.point() && before.status() != check.status()))
                            .count();
                    for (int i = 0; i < after.size(); i++) {
                        rows.get(i).show(after.get(i));
                    }
                    current.clear();
                    current.addAll(after);
                    changed.accept(List.copyOf(current));
                    return count;
                }));
        for (int i = 0; i < points.size(); i++) {
            int index = i;
            ContractPointRow row = new ContractPointRow(checks, points.get(i), stored -> {
                current.set(index, stored);
                changed.accept(List.copyOf(current));
            });
            rows.add(row);
            add(row);
        }
        for (int i = 0; i + 1 < rows.size(); i++) {
            rows.get(i).setNext(rows.get(i + 1)::focus);
        }
        addClassName("checklist-rows");
    }
}
