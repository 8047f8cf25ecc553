package org.dpatracker.clause.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dpatracker.clause.ClauseCategory;
import org.dpatracker.clause.Coverage;

/** "Art. 28(3) points found: 7 of 8" and, on one line, the number of findings in each category. */
class CoverageSummary extends Div {

    CoverageSummary(Coverage coverage) {
        Paragraph figure =
                new Paragraph(getTranslation("clause.coverage", coverage.art28PointsFound(), coverage.art28Points()));
        figure.setId("clause-coverage");
        Paragraph categories = new Paragraph(Arrays.stream(ClauseCategory.values())
                .map(category -> getTranslation(
                        "clause.category-count",
                        getTranslation("clause.category." + category.name()),
                        coverage.perCategory().getOrDefault(category, 0)))
                .collect(Collectors.joining(" · ")));
        categories.setId("clause-categories");
        add(figure, categories);
    }
}
