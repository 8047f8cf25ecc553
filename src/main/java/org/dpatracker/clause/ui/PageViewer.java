package org.dpatracker.clause.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.dpatracker.clause.ExtractedText;
import org.dpatracker.clause.PageText;
import org.dpatracker.clause.QuoteLocator;

/** One page of the document's text, with the quoted sentence of the chosen finding highlighted. */
class PageViewer extends Div {

    private final transient ExtractedText text;

    PageViewer(ExtractedText text) {
        this.text = text;
        setId("clause-page");
        // Beside the findings on a wide screen it stays in view while the list scrolls; on a phone it wraps below.
        addClassNames(
                LumoUtility.Flex.ONE,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Border.ALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Position.STICKY,
                LumoUtility.Position.Top.NONE,
                LumoUtility.AlignSelf.START,
                LumoUtility.Overflow.AUTO);
        setMinWidth("18rem");
        setMaxHeight("85vh");
        render(1, "");
    }

    /** Shows the page with the quote and scrolls the quote into view, as the finding's page link does. */
    void show(int number, String quote) {
        render(number, quote)
                .ifPresent(highlight -> highlight.getElement().executeJs("this.scrollIntoView({block: 'nearest'})"));
    }

    /** Shows the page with the quote highlighted, without scrolling: for the page first shown. */
    void open(int number, String quote) {
        render(number, quote);
    }

    private Optional<Span> render(int number, String quote) {
        removeAll();
        PageText page = text.page(Math.min(Math.max(number, 1), text.pages().size()));
        add(new H4(getTranslation(text.pagesEstimated() ? "clause.block" : "clause.page", page.number())));
        Div body = new Div();
        body.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.FontSize.SMALL);
        var range = QuoteLocator.locate(page.text(), quote);
        if (range.isEmpty()) {
            body.setText(page.text());
            add(body);
            return Optional.empty();
        }
        Span highlight =
                new Span(page.text().substring(range.get().start(), range.get().end()));
        highlight.setId("clause-highlight");
        highlight.addClassNames(LumoUtility.Background.PRIMARY_10, LumoUtility.FontWeight.SEMIBOLD);
        body.add(
                new Span(page.text().substring(0, range.get().start())),
                highlight,
                new Span(page.text().substring(range.get().end())));
        add(body);
        return Optional.of(highlight);
    }
}
