package org.uplift.ui.notifications;

import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.security.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/** The bell in the header: how many notifications are unread, and the latest ones on click. */
@SpringComponent
@UIScope
public class NotificationBell extends Div {

    private final transient Notifications notifications;
    private final String userId;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final VerticalLayout list = new VerticalLayout();

    public NotificationBell(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.userId = currentUser.require().userId();
        setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("notifications.bell"));
        count.getElement().getThemeList().add("badge error pill small");
        count.setId("notification-count");
        var popover = new Popover();
        popover.setTarget(button);
        popover.setWidth("360px");
        list.setPadding(false);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showRecent();
            }
        });
        add(button, count);
        refresh();
    }

    public void refresh() {
        long unread = notifications.unreadCount(userId);
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
    }

    private void showRecent() {
        list.removeAll();
        var recent = notifications.recent(userId, 5);
        if (recent.isEmpty()) {
            list.add(new Span(getTranslation("notifications.none")));
        }
        recent.forEach(n -> list.add(NotificationsView.line(n, this)));
        list.add(new RouterLink(getTranslation("nav.notifications"), NotificationsView.class));
        notifications.markAllRead(userId);
        refresh();
    }

    static String text(Notification n, com.vaadin.flow.component.Component translator) {
        return translator.getTranslation(n.getMessageKey(), n.getArguments().toArray());
    }
}
