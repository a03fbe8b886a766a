package org.uplift.ui.notifications;


import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.security.CurrentUser;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Every notification of the signed-in user, newest first. */
@Route("notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {


    public NotificationsView(Notifications notifications, CurrentUser currentUser, NotificationBell bell) {
        addClassName("uplift-page");
        String userId = currentUser.require().userId();
        var items = new VerticalLayout();
        items.setPadding(false);
        var recent = notifications.recent(userId, 100);
        if (recent.isEmpty()) {
            items.add(new Span(getTranslation("notifications.none")));
        }
        recent.forEach(n -> items.add(line(n, this)));
        var markRead = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead(userId);
            bell.refresh();
        });
        add(new H2(getTranslation("notifications.title")), markRead, items);
    }

    static Component line(Notification n, Component translator) {
        var when = new Span(UiFormats.formats().dateTime(n.getCreatedAt(),
                com.vaadin.flow.component.UI.getCurrent().getLocale()));
        when.addClassName("uplift-muted");
        Component text = n.getLink() == null ? new Span(NotificationBell.text(n, translator))
                : new Anchor(n.getLink(), NotificationBell.text(n, translator));
        var line = new Div(text, new Div(when));
        line.addClassName("uplift-card");
        line.setWidthFull();
        if (n.isUnread()) {
            line.getStyle().set("border-inline-start", "4px solid var(--lumo-primary-color)");
        }
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
