package org.dpatracker.processor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sections other features add to the agreement page: Art. 28 duties only for processors, annexes by role. */
@H2Test
class AgreementSectionsTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Test
    void anAuditorSeesEveryArt28SectionOfAProcessorInOrder() {
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, agreementOf("Ubimax"));
        assertThat(jumpLinks())
                .containsExactly(
                        "Documents",
                        "Art. 28(3) GDPR checklist",
                        "Technical and organisational measures",
                        "Audit rights and audits",
                        "Breach notification by the processor",
                        "Retention and deletion",
                        "Annex PDF (Art. 28)");
    }

    @Test
    void aManagerDoesNotGetTheAnnexSection() {
        login("manager");
        UI.getCurrent().navigate(AgreementView.class, agreementOf("Ubimax"));
        assertThat(jumpLinks()).contains("Retention and deletion").doesNotContain("Annex PDF (Art. 28)");
    }

    @Test
    void aJointControllerHasNoArt28Sections() {
        login("auditor");
        UI.getCurrent().navigate(AgreementView.class, agreementOf("Facebook"));
        assertThat(jumpLinks()).containsExactly("Documents", "Retention and deletion");
    }

    private List<String> jumpLinks() {
        return _find(_get(HorizontalLayout.class, spec -> spec.withId("agreement-sections")), Button.class).stream()
                .map(Button::getText)
                .toList();
    }

    private long agreementOf(String processor) {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(processor), List.of(), 0, 1))
                .getFirst()
                .id();
    }
}
