package org.dpatracker.history.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.dpatracker.history.ChainVerification;
import org.dpatracker.history.RowMismatch;

/** What the verification found: the chain intact or broken, and each row that differs from it. */
class VerificationResult extends Div {

    /** Enough to act on; the API lists every row. */
    static final int ROWS_SHOWN = 20;

    private final Span summary = new Span();
    private final UnorderedList rows = new UnorderedList();

    VerificationResult() {
        setId("history-verification");
        summary.setId("history-verification-summary");
        rows.setId("history-verification-rows");
        rows.addClassNames("m-0", "text-s");
        add(summary, rows);
    }

    void show(ChainVerification result) {
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add("badge");
        summary.getElement().getThemeList().add(result.intact() ? "success" : "error");
        rows.removeAll();
        if (!result.chainIntact()) {
            summary.setText(getTranslation(
                    "history.verify.broken",
                    result.firstBrokenSeq(),
                    getTranslation("history.verify.reason." + result.reason().name())));
        } else if (result.intact()) {
            summary.setText(
                    getTranslation("history.verify.rows-intact", result.entriesChecked(), result.rowsChecked()));
        } else {
            summary.setText(getTranslation(
                    "history.verify.rows-differ", result.rowMismatches().size(), result.rowsChecked()));
            result.rowMismatches().stream().limit(ROWS_SHOWN).forEach(row -> rows.add(new ListItem(describe(row))));
            if (result.rowMismatches().size() > ROWS_SHOWN) {
                rows.add(new ListItem(getTranslation(
                        "history.verify.rows-more", result.rowMismatches().size() - ROWS_SHOWN)));
            }
        }
    }

    private String describe(RowMismatch row) {
        return getTranslation(
                "history.verify.row." + row.kind().name(), getTranslation("entity." + row.entity()), row.id());
    }
}
