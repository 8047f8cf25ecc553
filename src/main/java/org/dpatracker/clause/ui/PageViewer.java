package org.dpatracker.clause.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.dpatracker.clause.ExtractedText;
import org.dpatracker.clause.PageText;
import org.dpatracker.clause.QuoteLocator;

/** One page of the document's text, with the quoted sentence of the chosen finding highlighted. */
class PageViewer extends Div {

    private final transient ExtractedText text;

    PageViewer(ExtractedText text) {
        this.text = text;
        setId("clause-page");
        addClassNames(
                LumoUtility.Flex.GROW,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Border.ALL,
                LumoUtility.BorderRadius.MEDIUM);
        setMinWidth("18rem");
        show(1, "");
    }

    void show(int number, String quote) {
        removeAll();
        PageText page = text.page(Math.min(Math.max(number, 1), text.pages().size()));
        add(new H4(getTranslation(text.pagesEstimated() ? "clause.block" : "clause.page", page.number())));
        Div body = new Div();
        body.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.FontSize.SMALL);
        var range = QuoteLocator.locate(page.text(), quote);
        if (range.isEmpty()) {
            body.setText(page.text());
        } else {
            Span highlight = new Span(
                    page.text().substring(range.get().start(), range.get().end()));
            highlight.setId("clause-highlight");
            highlight.addClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.FontWeight.SEMIBOLD);
            body.add(
                    new Span(page.text().substring(0, range.get().start())),
                    highlight,
                    new Span(page.text().substring(range.get().end())));
        }
        add(body);
    }
}
