package org.dpatracker.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.publication.ListVersion;
import org.dpatracker.publication.PublicListFixture;
import org.dpatracker.publication.PublicationService;
import org.dpatracker.records.RecordService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO reviews the drafted notice of a new sub-processor and sends it; a manager does not get to the page. */
@H2Test
class PublishedListViewTest extends BrowserlessTest {

    @Autowired
    RecordService records;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicListFixture fixture;

    @BeforeEach
    void publishedWithNothingPending() {
        fixture.settle();
    }

    @Test
    void theDpoSendsTheDraftedNoticeOfANewSubprocessor() {
        String vendor = "View Vendor " + System.nanoTime();
        fixture.vendor(vendor, "Customer support chat", ProcessingLocation.in("DE", null));
        int before = SystemAccess.call(publication::current).orElseThrow().number();
        login("dpo");

        UI.getCurrent().navigate(PublishedListView.class);

        NoticePanel notice = _get(NoticePanel.class);
        assertThat(_get(notice, TextArea.class, spec -> spec.withLabel("Summary of changes"))
                        .getValue())
                .isEqualTo("Added: " + vendor);
        DatePicker effective = _get(notice, DatePicker.class, spec -> spec.withLabel("In effect from"));
        int days = SystemAccess.call(publication::settings).noticePeriodDays();
        assertThat(effective.getValue()).isEqualTo(publication.today().plusDays(days));
        assertThat(_find(Button.class, spec -> spec.withText("Publish version")))
                .as("a new sub-processor goes out as a notice")
                .isEmpty();

        _click(_get(notice, Button.class, spec -> spec.withText("Send notice and publish")));

        ListVersion sent = SystemAccess.call(publication::current).orElseThrow();
        assertThat(sent.number()).isEqualTo(before + 1);
        assertThat(sent.effectiveOn()).isEqualTo(publication.today().plusDays(days));
        assertThat(sent.entries()).extracting(e -> e.name()).contains(vendor);
        assertThat(_find(NoticePanel.class)).as("nothing waits any more").isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Publish version")).isEnabled())
                .isFalse();
    }

    @Test
    void aManagerDoesNotGetToThePage() {
        login("manager");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PublishedListView.class))
                .hasMessageContaining("Access is denied");
    }
}
