package org.dpatracker.publication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dpatracker.publication.Draft;
import org.dpatracker.publication.PublicationService;
import org.dpatracker.publication.SubscriptionService;
import org.dpatracker.security.Permission;

/**
 * The DPO publishes our own sub-processor list: chooses fields, entries and the notice period, previews the
 * next version with its changes, publishes it or sends the drafted notice, and sees the versions published.
 */
@Route("published-list")
@Menu(order = 45, icon = "vaadin:globe-wire", title = "nav.published-list")
@RolesAllowed(Permission.Names.REGISTER_EDIT)
public class PublishedListView extends VerticalLayout implements HasDynamicTitle {

    private final transient PublicationService publication;
    private final transient SubscriptionService subscriptions;
    private final VerticalLayout content = new VerticalLayout();

    PublishedListView(PublicationService publication, SubscriptionService subscriptions) {
        this.publication = publication;
        this.subscriptions = subscriptions;
        content.setPadding(false);
        Anchor page = new Anchor("/public/subprocessors", getTranslation("publist.view.open-page"), AnchorTarget.BLANK);
        page.setRouterIgnore(true);
        add(
                new H2(getTranslation("nav.published-list")),
                new Paragraph(getTranslation("publist.view.intro")),
                page,
                content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        Draft draft = publication.draft();
        content.add(new ListChoicesForm(publication, publication.settings(), publication.candidates(), this::refresh));
        content.add(new DraftPreview(draft, publication.settings().fields()));
        publication
                .noticeToReview()
                .ifPresentOrElse(
                        notice -> content.add(new NoticePanel(publication, notice, this::refresh)),
                        () -> content.add(new PublishPanel(publication, draft, this::refresh)));
        content.add(new VersionHistory(publication.versions(20), subscriptions.confirmedCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.published-list");
    }
}
