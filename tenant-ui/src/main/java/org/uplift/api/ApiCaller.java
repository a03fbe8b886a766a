package org.uplift.api;

import org.springframework.stereotype.Component;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;

/** The API caller, required to belong to a tenant; owners-only operations check here. */
@Component
class ApiCaller {

    private final CurrentUser currentUser;

    ApiCaller(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    UpliftPrincipal get() {
        return currentUser.get().filter(p -> p.tenantId() != null).orElseThrow(ApiProblems.Forbidden::new);
    }

    UpliftPrincipal owner() {
        UpliftPrincipal caller = get();
        if (!caller.isOwner()) {
            throw new ApiProblems.Forbidden();
        }
        return caller;
    }
}
