package org.dpatracker.notice.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
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

    @Test
    void aChangeThatTakesEffectBeforeTheNoticeArrivedIsMarkedAtTheEffectiveDateAndNotRecorded() {
        long ubimax = ubimax();
        int before = SystemAccess.call(() -> notices.ofAgreement(ubimax)).size();
        Organisation proposed =
                SystemAccess.call(() -> organisations.findAll(null)).getFirst();
        login("dpo");
        UI.getCurrent().navigate("notices", QueryParameters.of("agreement", String.valueOf(ubimax)));
        _click(_get(Button.class, spec -> spec.withText("Record notice")));
        Dialog dialog = _get(Dialog.class);
        DatePicker received = _get(dialog, DatePicker.class, spec -> spec.withId("notice-received"));
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> organisation = _get(dialog, ComboBox.class, spec -> spec.withId("notice-organisation"));
        _setValue(organisation, proposed);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withId("notice-service")), "Backup hosting");
        _setValue(
                _get(dialog, DatePicker.class, spec -> spec.withId("notice-effective")),
                received.getValue().minusDays(1));
        _click(_get(dialog, Button.class, spec -> spec.withId("notice-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        DatePicker effective = _get(dialog, DatePicker.class, spec -> spec.withId("notice-effective"));
        assertThat(effective.isInvalid()).isTrue();
        assertThat(effective.getErrorMessage())
                .isEqualTo("The change cannot take effect before the notice was received.");
        assertThat(SystemAccess.call(() -> notices.ofAgreement(ubimax))).hasSize(before);
    }

    @Test
    void anObjectionWithoutAReasonIsMarkedAtTheReasonAndTheNoticeStaysOpen() {
        long ubimax = ubimax();
        ChangeNotice notice = noticeFor(ubimax);
        login("dpo");
        UI.getCurrent().navigate("notices", QueryParameters.of("agreement", String.valueOf(ubimax)));
        @SuppressWarnings("unchecked")
        Grid<OpenNotice> grid = _get(Grid.class, spec -> spec.withId("notices-grid"));
        int row = rows().stream().map(n -> n.notice().id()).toList().indexOf(notice.id());
        _click(_get(_getCellComponent(grid, row, "decision"), Button.class, spec -> spec.withText("Object")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withId("objection-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        TextArea reason = _get(dialog, TextArea.class, spec -> spec.withId("objection-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("An objection needs a reason.");
        assertThat(SystemAccess.call(() -> notices.ofAgreement(ubimax)))
                .filteredOn(n -> n.notice().id().equals(notice.id()))
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NoticeStatus.OPEN));
    }

    @SuppressWarnings("unchecked")
    private static List<OpenNotice> rows() {
        Grid<OpenNotice> grid = _get(Grid.class, spec -> spec.withId("notices-grid"));
        return grid.getGenericDataView().getItems().toList();
    }

    private ChangeNotice noticeFor(long agreementId) {
        return SystemAccess.call(() -> {
            Organisation proposed = organisations.save(Organisation.withoutSubdivision(
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
