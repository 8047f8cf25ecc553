package org.dpatracker.reminder.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.reminder.InboxItem;
import org.dpatracker.reminder.ReminderPlan;
import org.dpatracker.reminder.ReminderService;

/**
 * The bell in the header: how many reminders the user has not read, and on a click the latest ones, each
 * leading to the page that deals with it (opening one marks it read).
 */
public class InboxBell extends Div {

    static final int SHOWN = 20;

    private final transient ReminderService reminders;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final VerticalLayout items = new VerticalLayout();

    public InboxBell(ReminderService reminders) {
        this.reminders = reminders;
        setId("inbox-bell");
        addClassName("inbox-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setId("inbox-bell-button");
        count.getElement().getThemeList().add("badge error pill small");
        count.setId("inbox-unread");
        add(bell, count);
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(24rem, 90vw)");
        popover.setId("inbox");
        // The popover opens in the browser; the click brings its latest entries.
        bell.addClickListener(click -> fill());
        items.setPadding(false);
        items.setSpacing(false);
        items.setId("inbox-items");
        Button allRead = new Button(getTranslation("inbox.all-read"), click -> {
            reminders.markAllRead();
            fill();
        });
        allRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        allRead.setId("inbox-all-read");
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("inbox.title")), allRead);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        popover.add(header, items, new RouterLink(getTranslation("inbox.preferences"), PreferencesView.class));
        add(popover);
        showCount();
    }

    private void fill() {
        items.removeAll();
        List<InboxItem> latest = reminders.inbox(SHOWN);
        if (latest.isEmpty()) {
            items.add(new Paragraph(getTranslation("inbox.empty")));
        }
        latest.forEach(item -> items.add(entry(item)));
        showCount();
    }

    private Div entry(InboxItem item) {
        String due = ClientTime.due(item.dueAt(), item.dueOn());
        Span kind = new Span(getTranslation("deadline.kind." + item.kind().name()));
        kind.addClassName(item.unread() ? "inbox-unread-item" : "inbox-read-item");
        Div entry = new Div(
                kind,
                new Div(getTranslation(
                        ReminderPlan.OVERDUE.equals(item.stage()) ? "inbox.overdue" : "inbox.due", due)));
        if (item.subject() != null && !item.subject().isBlank()) {
            entry.add(new Div(item.subject()));
        }
        entry.addClassName("inbox-item");
        entry.getElement().setAttribute("role", "link");
        entry.getElement().setAttribute("tabindex", "0");
        entry.addClickListener(click -> open(item));
        Shortcuts.addShortcutListener(entry, () -> open(item), Key.ENTER).listenOn(entry);
        return entry;
    }

    private void open(InboxItem item) {
        reminders.markRead(item.id());
        UI.getCurrent().navigate(item.path());
    }

    private void showCount() {
        int unread = reminders.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("inbox.bell", unread));
        bell.setTooltipText(getTranslation("inbox.bell", unread));
    }
}
