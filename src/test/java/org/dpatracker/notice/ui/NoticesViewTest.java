package org.dpatracker.notice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.notice.OpenNotice;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Subprocessor change notices of one agreement: the proposal with its contractual deadline, and who may act. */
@H2Test
class NoticesViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ChangeNoticeService notices;

    @Autowired
    java.time.Clock clock;

    @Test
    void theDpoSeesANoticeWithTheContractsObjectionDeadlineAndCanRecordAnother() {
        long ubimax = ubimax();
        ChangeNotice notice = noticeFor(ubimax);
        login("dpo");
        UI.getCurrent().navigate("notices", QueryParameters.of("agreement", String.valueOf(ubimax)));

        OpenNotice shown = rows().stream()
                .filter(n -> n.notice().id().equals(notice.id()))
                .findFirst()
                .orElseThrow();
        assertThat(shown.status()).isEqualTo(NoticeStatus.OPEN);
        assertThat(shown.deadline())
                .as("Ubimax's clause 10(2): 14 days from the notice, moved to a working day")
                .isAfterOrEqualTo(notice.receivedOn().plusDays(14));
        assertThat(_find(Button.class, spec -> spec.withText("Record notice"))).hasSize(1);
    }

    @Test
    void aManagerReadsTheNoticesButCannotRecordOne() {
        long ubimax = ubimax();
        noticeFor(ubimax);
        login("manager");
        UI.getCurrent().navigate("notices", QueryParameters.of("agreement", String.valueOf(ubimax)));
        assertThat(rows()).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Record notice"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<OpenNotice> rows() {
        Grid<OpenNotice> grid = _get(Grid.class, spec -> spec.withId("notices-grid"));
        return grid.getGenericDataView().getItems().toList();
    }

    private ChangeNotice noticeFor(long agreementId) {
        return SystemAccess.call(() -> {
            Organisation proposed = organisations.save(new Organisation(
                    null,
                    "Proposed Hosting " + System.nanoTime(),
                    null,
                    null,
                    null,
                    null,
                    "DE",
                    null,
                    null,
                    null,
                    false,
                    0,
                    List.of()));
            return notices.record(new ChangeNotice(
                    null,
                    0,
                    agreementId,
                    java.time.LocalDate.now(clock),
                    java.time.LocalDate.now(clock).plusDays(30),
                    proposed.id(),
                    null,
                    null,
                    "Backup hosting",
                    null,
                    "Notice letter",
                    List.of(ProcessingLocation.in("DE", null)),
                    NoticeStatus.OPEN,
                    null,
                    null));
        });
    }

    private long ubimax() {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 1))
                .getFirst()
                .id();
    }
}
