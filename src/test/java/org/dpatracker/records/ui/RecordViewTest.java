package org.dpatracker.records.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordDetail;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordService;
import org.dpatracker.records.RecordStatus;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The page of one processing activity (Art. 30): its facts, recipients and the review workflow. */
@H2Test
class RecordViewTest extends BrowserlessTest {

    @Autowired
    RecordService records;

    @Test
    void theDpoSubmitsAnActivityForReviewAndApprovesIt() {
        ProcessingActivity joomag = activity("Flipping books (Joomag)");
        login("dpo");
        UI.getCurrent().navigate(RecordView.class, joomag.id());
        assertThat(text(RecordView.class))
                .contains("Flipping books (Joomag)", "Art. 6(1)(f) legitimate interests", "Draft");
        assertThat(recipients()).containsExactly("Joomag, Inc.");

        _click(_get(Button.class, spec -> spec.withId("record-submit")));
        assertThat(text(RecordView.class)).contains("In review");
        assertThat(_find(Button.class, spec -> spec.withId("record-submit"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("record-approve")));
        assertThat(text(RecordView.class)).contains("Approved");
        assertThat(activity("Flipping books (Joomag)").status()).isEqualTo(RecordStatus.APPROVED);
    }

    @Test
    void aManagerReadsTheActivityWithoutEditingOrApproving() {
        ProcessingActivity plugins = activity("Social media plug-ins (Shariff solution)");
        login("manager");
        UI.getCurrent().navigate(RecordView.class, plugins.id());
        assertThat(recipients()).contains("Facebook Inc", "SmugMug, Inc. (Flickr)");
        assertThat(_find(Button.class, spec -> spec.withId("record-edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("record-submit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("record-approve"))).isEmpty();
    }

    private ProcessingActivity activity(String name) {
        return SystemAccess.call(() -> records.findAll(RecordFilter.all())).stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The names in the recipients grid, as the grid holds them. */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> recipients() {
        Grid<RecordDetail.Recipient> grid = _get(Grid.class, spec -> spec.withId("record-recipients"));
        return grid.getGenericDataView()
                .getItems()
                .map(RecordDetail.Recipient::name)
                .toList();
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> view) {
        return _get(view).getElement().getTextRecursively();
    }
}
