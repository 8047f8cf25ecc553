package org.dpatracker.tom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;
import org.dpatracker.tom.TomMeasure;

/**
 * The measures of one catalogue with a column per party (as in an appendix listing "measures taken by the
 * licensor" and "by the data centre"); each entry is edited in its cell.
 */
class MeasureMatrix extends Div {

    MeasureMatrix(
            TomChecklistService checklists,
            AgreementDetail detail,
            TomCatalogue catalogue,
            List<TomChecklist> parties,
            boolean editable) {
        addClassName("table-scroller");
        NativeTable table = new NativeTable();
        table.addClassName("measure-matrix");
        table.setId("measures-" + catalogue.code());
        NativeTableRow heading = table.getHead().addRow();
        heading.addHeaderCell().setText(getTranslation("tom.measure"));
        List<PartyColumn> columns = parties.stream()
                .map(checklist -> new PartyColumn(
                        checklists, checklist, Parties.name(this, detail, checklist.subprocessorId()), editable))
                .toList();
        columns.forEach(column -> heading.addHeaderCell().add(column));
        List<Map<Long, TomEntry>> entries = parties.stream()
                .map(c -> c.entries().stream().collect(Collectors.toMap(TomEntry::measureId, Function.identity())))
                .toList();
        String group = null;
        for (TomMeasure measure : catalogue.measures()) {
            String measureGroup =
                    measure.group() == null ? null : measure.group().in(locale());
            if (measureGroup != null && !Objects.equals(group, measureGroup)) {
                NativeTableRow groupRow = table.getBody().addRow();
                groupRow.addClassName("measure-group");
                NativeTableHeaderCell cell = groupRow.addHeaderCell();
                cell.setText(measureGroup);
                cell.getElement().setAttribute("colspan", String.valueOf(parties.size() + 1));
                group = measureGroup;
            }
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.add(new Div(measure.name().in(locale())));
            if (measure.reference() != null) {
                Span reference = new Span(measure.reference());
                reference.addClassName("measure-reference");
                name.add(reference);
            }
            for (int i = 0; i < parties.size(); i++) {
                TomEntry entry = entries.get(i).get(measure.id());
                PartyColumn column = columns.get(i);
                if (entry == null) {
                    row.addDataCell();
                } else {
                    MeasureCell cell = new MeasureCell(
                            checklists, entry, measure.name().in(locale()), editable, stored -> column.showProgress());
                    column.add(cell);
                    row.addDataCell().add(cell);
                }
            }
        }
        columns.forEach(PartyColumn::showProgress);
        add(table);
    }

    private Locale locale() {
        return UI.getCurrent() == null ? getLocale() : UI.getCurrent().getLocale();
    }
}
