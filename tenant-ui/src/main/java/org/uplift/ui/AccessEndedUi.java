package org.uplift.ui;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.uplift.identity.AccessRevokedException;
import org.uplift.security.AccessEnded;
import org.uplift.security.CurrentUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;

/**
 * Ends the UI session of a member who was removed while signed in: on the next navigation, or when a
 * service refuses them ({@link AccessRevokedException}: autosave, upload, download, sharing…), the page is
 * sent to sign-in, which says why, and the session is invalidated. The security filter does the same
 * for every HTTP request; this covers the request that was already running.
 */
@Component
class AccessEndedUi implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    AccessEndedUi(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (revoked(error.getThrowable())) {
                end();
            } else {
                new DefaultErrorHandler().error(error);
            }
        }));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            try {
                currentUser.get();
            } catch (AccessRevokedException removed) {
                end();
            }
        }));
    }

    static boolean revoked(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessRevokedException) {
                return true;
            }
        }
        return false;
    }

    /** Sends the page to the start (which asks to sign in) and invalidates the session. */
    static void end() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && VaadinResponse.getCurrent() instanceof VaadinServletResponse response) {
            AccessEnded.REVOKED.remember(request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String context = VaadinRequest.getCurrent() == null ? "" : VaadinRequest.getCurrent().getContextPath();
            ui.getPage().setLocation(context + "/");
        }
        SecurityContextHolder.clearContext();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }
}
