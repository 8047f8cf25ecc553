package org.dpatracker.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown inside the application's layout, with its menu, when an address leads nowhere: a route that
 * does not exist, or an agreement, breach or record that is not (or no longer) there.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final H2 title = new H2();
    private final Paragraph explanation = new Paragraph();

    public NotFoundView() {
        setId("not-found");
        title.setText(getTranslation("not-found.title"));
        add(title, explanation, new RouterLink(getTranslation("not-found.home"), HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explanation.setText(
                getTranslation("not-found.text", "/" + event.getLocation().getPathWithQueryParameters()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title");
    }
}
