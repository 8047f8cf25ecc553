package org.dpatracker.deadline.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.ShiftableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO takes one deadline from the deadlines page into their calendar. */
@H2Test
class DeadlinesViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ShiftableClock clock;

    @Test
    void aDeadlineDownloadsAsACalendarWithThatOneEvent() throws Exception {
        LocalDate review = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(10);
        AgreementBuilder builder =
                AgreementBuilder.agreement(agreements, organisations).nextReview(review);
        Agreement agreement = SystemAccess.call(builder::save);
        login("dpo");
        UI.getCurrent().navigate(DeadlinesView.class);

        @SuppressWarnings("unchecked")
        Grid<Deadline> grid = _get(Grid.class, spec -> spec.withId("deadlines-grid"));
        List<Deadline> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream()
                .filter(d -> d.kind() == DeadlineKind.AGREEMENT_REVIEW)
                .filter(d -> d.path().equals("agreement/" + agreement.id()))
                .findFirst()
                .orElseThrow());
        Anchor entry = (Anchor) _getCellComponent(grid, row, "calendar");
        // The grid attaches only the rows in view; the link registers its download once attached.
        UI.getCurrent().add(entry);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(DownloadKt._download(entry)));

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getSummary().getValue())
                            .isEqualTo("Review of the agreement – " + builder.vendorName());
                    assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                            .isEqualTo(review.toString().replace("-", ""));
                    assertThat(event.getUrl().getValue()).endsWith("/agreement/" + agreement.id());
                });
    }
}
