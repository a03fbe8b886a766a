package org.uplift.security;

import org.springframework.stereotype.Component;
import org.uplift.identity.AccessRevokedException;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.NoActorException;
import org.uplift.identity.SystemWork;
import org.uplift.tenancy.TenantContext;

/**
 * The application's {@link Actors}: running {@link SystemWork} (demo data, the journey's delegates and
 * jobs; audited by its reason, and kept away from the UI and the API by ArchitectureTest), else the
 * signed-in principal of the request with the roles of its live membership or API client. A principal
 * acts only in its own tenant.
 */
@Component
class LiveActors implements Actors {

    private final CurrentUser currentUser;

    LiveActors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Actor current() {
        var system = SystemWork.bound();
        if (system.isPresent()) {
            return system.get();
        }
        UpliftPrincipal principal = currentUser.claimed().orElseThrow(NoActorException::new);
        if (principal.tenantId() == null || !principal.tenantId().equals(TenantContext.current().orElse(null))) {
            throw new NoActorException();
        }
        return currentUser.actor(principal).orElseThrow(() -> new AccessRevokedException(principal.userId()));
    }
}
