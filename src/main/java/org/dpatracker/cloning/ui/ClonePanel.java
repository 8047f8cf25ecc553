package org.dpatracker.cloning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.dpatracker.cloning.AgreementCloneService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;

/** The agreement page's section that starts a copy of the agreement for another controller. */
class ClonePanel extends VerticalLayout {

    ClonePanel(AgreementCloneService clones, OrganisationService organisations, AgreementDetail detail) {
        setId("clone-agreement");
        setPadding(false);
        Button open = new Button(
                getTranslation("clone.open"),
                VaadinIcon.COPY.create(),
                click -> new CloneDialog(clones, organisations, detail).open());
        open.setId("clone-open");
        add(new H3(getTranslation("clone.title")), new Paragraph(getTranslation("clone.intro")), open);
    }
}
