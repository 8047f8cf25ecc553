package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Collection;

/** Label–value pairs of a record; an empty value says "not recorded" instead of disappearing. */
public class FactList extends DescriptionList {

    public FactList() {
        addClassName("fact-list");
    }

    public FactList add(String labelKey, Object value) {
        Span shown = new Span(text(value));
        if (isEmpty(value)) {
            shown.setText(getTranslation("fact.not-recorded"));
            shown.addClassName("not-recorded");
        }
        add(new Term(getTranslation(labelKey)), new Description(shown));
        return this;
    }

    public FactList addComponent(String labelKey, Component value) {
        add(new Term(getTranslation(labelKey)), new Description(value));
        return this;
    }

    private String text(Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate date -> ClientTime.date(date);
            case Boolean yes -> getTranslation(yes ? "fact.yes" : "fact.no");
            case Collection<?> items ->
                String.join(", ", items.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> items && items.isEmpty());
    }
}
