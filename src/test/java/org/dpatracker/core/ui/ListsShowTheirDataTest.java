package org.dpatracker.core.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnResizeEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.lang.reflect.Method;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.processor.ui.RegisterView;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lists keep the column widths each user dragged them to, and an empty list says what to do. */
@H2Test
class ListsShowTheirDataTest extends BrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void aColumnWidthTheUserDraggedComesBackForThatUserOnly() throws Exception {
        UserAccount first = SignedIn.newUser(users, Role.MANAGER);
        UserAccount second = SignedIn.newUser(users, Role.MANAGER);
        login(first.username());
        UI.getCurrent().navigate(RegisterView.class);
        Grid.Column<?> processor = processorColumn();
        assertThat(processor.isResizable()).isTrue();
        processor.setWidth("321px");
        resizedInTheBrowser(processor);

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(RegisterView.class);
        assertThat(processorColumn().getWidth()).isEqualTo("321px");
        assertThat(processorColumn().getFlexGrow()).isZero();

        logout();
        login(second.username());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(RegisterView.class);
        assertThat(processorColumn().getWidth()).isNotEqualTo("321px");
    }

    @Test
    void anEmptyListSaysWhatToDo() {
        Agreement bare = SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)::save);
        login("dpo");
        UI.getCurrent().navigate(RegisterView.class);
        assertThat(_get(Grid.class, spec -> spec.withId("register-grid")).getEmptyStateText())
                .isEqualTo("No agreements match. Clear the filters, or add the first agreement with “New agreement”.");

        UI.getCurrent().navigate(AgreementView.class, bare.id());
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText("No subprocessors yet. Add the first with “Add subprocessor”.")))
                .isNotNull();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("No subprocessors recorded.");
    }

    private static Grid.Column<?> processorColumn() {
        return _get(Grid.class, spec -> spec.withId("register-grid")).getColumnByKey("PROCESSOR");
    }

    /** What the browser sends when the user lets go of a column edge. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void resizedInTheBrowser(Grid.Column<?> column) throws Exception {
        Method internalId = Grid.Column.class.getDeclaredMethod("getInternalId");
        internalId.setAccessible(true);
        Grid grid = column.getGrid();
        ComponentUtil.fireEvent(grid, new ColumnResizeEvent(grid, true, (String) internalId.invoke(column)));
    }
}
