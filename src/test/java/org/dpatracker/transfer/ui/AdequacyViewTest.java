package org.dpatracker.transfer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.AdequacyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator keeps the adequacy list: a wrong country is shown at its field, a right one is added. */
@H2Test
class AdequacyViewTest extends BrowserlessTest {

    @Autowired
    AdequacyService adequacy;

    @Test
    void aCountryInsideTheEeaIsMarkedAtTheCountryAndTheListStaysAsItWas() {
        List<AdequacyDecision> before = SystemAccess.call(adequacy::findAll);
        login("admin");
        UI.getCurrent().navigate(AdequacyView.class);
        _click(_get(Button.class, spec -> spec.withText("New adequacy decision")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("adequacy-country")), "FR");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("adequacy-decision")), "None needed");
        _click(_get(dialog, Button.class, spec -> spec.withId("adequacy-save")));

        assertThat(_find(Dialog.class)).as("the dialog stays open").hasSize(1);
        TextField country = _get(dialog, TextField.class, spec -> spec.withId("adequacy-country"));
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).contains("outside the EEA").contains("\"FR\"");
        assertThat(SystemAccess.call(adequacy::findAll)).isEqualTo(before);
    }

    @Test
    void aNewDecisionIsAddedAndCanBeRemovedAgain() {
        login("admin");
        UI.getCurrent().navigate(AdequacyView.class);
        _click(_get(Button.class, spec -> spec.withText("New adequacy decision")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("adequacy-country")), " bm ");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("adequacy-decision")), "Hypothetical decision");
        _click(_get(dialog, Button.class, spec -> spec.withId("adequacy-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(SystemAccess.call(adequacy::findAll))
                .filteredOn(decision -> decision.country().equals("BM"))
                .singleElement()
                .satisfies(decision -> {
                    assertThat(decision.decision()).isEqualTo("Hypothetical decision");
                    assertThat(decision.verifiedOn()).isEqualTo(adequacy.today());
                });

        AdequacyDecision added = SystemAccess.call(adequacy::findAll).stream()
                .filter(decision -> decision.country().equals("BM"))
                .findFirst()
                .orElseThrow();
        new AdequacyDialog(adequacy, added, false, () -> {}).open();
        _click(_get(Button.class, spec -> spec.withText("Remove")));
        assertThat(SystemAccess.call(adequacy::findAll))
                .noneMatch(decision -> decision.country().equals("BM"));
    }
}
