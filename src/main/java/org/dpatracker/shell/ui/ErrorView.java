package org.dpatracker.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.dpatracker.core.ErrorReference;

/**
 * Shown inside the layout when opening a page failed unexpectedly: no stack trace, only a reference under which
 * the failure is logged, to give to an administrator.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private final Paragraph explanation = new Paragraph();

    public ErrorView() {
        setId("unexpected-error");
        add(
                new H2(getTranslation("error.title")),
                explanation,
                new RouterLink(getTranslation("not-found.home"), HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.logged(
                parameter.getCaughtException(), "/" + event.getLocation().getPath());
        explanation.setText(getTranslation("error.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
