package org.uplift.ui;

import org.springframework.stereotype.Component;
import org.uplift.identity.Accounts;
import org.uplift.security.CurrentUser;
import org.uplift.security.UiLanguage;
import org.uplift.tenancy.TenantContext;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Each new UI speaks the signed-in user's language, or the visitor's cookie or browser language. */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final Accounts accounts;

    UiLocaleInitializer(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var user = currentUser.claimed();
            if (user.isPresent() && user.get().tenantId() != null) {
                var principal = user.get();
                TenantContext.runAs(principal.tenantId(), () -> accounts.current(principal.userId())
                        .ifPresent(account -> ui.setLocale(UiLanguage.of(account.getLocale()))));
            } else {
                var request = VaadinRequest.getCurrent();
                String cookie = null;
                if (request != null && request.getCookies() != null) {
                    for (var c : request.getCookies()) {
                        if (UiLanguage.COOKIE.equals(c.getName())) {
                            cookie = c.getValue();
                        }
                    }
                }
                ui.setLocale(cookie != null ? UiLanguage.of(cookie)
                        : UiLanguage.fromBrowser(request == null ? null : request.getHeader("Accept-Language")));
            }
        });
    }
}
