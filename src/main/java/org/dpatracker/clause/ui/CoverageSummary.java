package org.dpatracker.clause.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.dpatracker.clause.ClauseCategory;
import org.dpatracker.clause.Coverage;

/** "Art. 28(3) points found: 7 of 8" and the number of findings in each category. */
class CoverageSummary extends Div {

    CoverageSummary(Coverage coverage) {
        Paragraph figure =
                new Paragraph(getTranslation("clause.coverage", coverage.art28PointsFound(), coverage.art28Points()));
        figure.setId("clause-coverage");
        UnorderedList categories = new UnorderedList();
        categories.setId("clause-categories");
        for (ClauseCategory category : ClauseCategory.values()) {
            categories.add(new ListItem(getTranslation(
                    "clause.category-count",
                    getTranslation("clause.category." + category.name()),
                    coverage.perCategory().getOrDefault(category, 0))));
        }
        add(figure, categories);
    }
}
