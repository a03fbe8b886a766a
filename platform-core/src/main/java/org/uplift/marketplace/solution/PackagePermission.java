package org.uplift.marketplace.solution;

import org.uplift.identity.Actor;
import org.uplift.identity.Role;

/**
 * The one rule of who may change a provider's packages, for the live {@link Actor}: the provider's admins
 * ({@link Role#PROVIDER_ADMIN}) write, publish and withdraw, since every draft becomes the provider's public,
 * priced offer that quotes and engagements are made on; consultants read. System work (demo seeding) acts
 * as an admin; {@link SolutionPackages} also requires its tenant to be a provider.
 */
public final class PackagePermission {

    private PackagePermission() {
    }

    public static boolean mayEdit(Actor actor) {
        return actor.isSystem() || actor.has(Role.PROVIDER_ADMIN);
    }

    public static boolean mayPublish(Actor actor) {
        return mayEdit(actor);
    }

    /** A member of the provider who may read its packages. */
    public static boolean mayRead(Actor actor) {
        return actor.isSystem() || actor.has(Role.PROVIDER_ADMIN) || actor.has(Role.PROVIDER_CONSULTANT);
    }
}
