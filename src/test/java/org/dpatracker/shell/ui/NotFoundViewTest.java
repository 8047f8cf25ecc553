package org.dpatracker.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;

/** An address that leads nowhere (here: to an agreement that is not there) shows a page inside the application, with its menu and a way back. */
@H2Test
class NotFoundViewTest extends BrowserlessTest {

    @Test
    void anAgreementThatIsNotThereShowsTheNotFoundPageInsideTheLayout() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, 987_654L);

        NotFoundView page = _get(NotFoundView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Page not found", "/agreement/987654");
        assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("Processors");
        assertThat(_get(page, RouterLink.class, spec -> spec.withText("Back to the start page"))
                        .getHref())
                .isEmpty();
    }
}
