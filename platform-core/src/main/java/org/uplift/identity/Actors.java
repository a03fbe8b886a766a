package org.uplift.identity;

/**
 * The actor of the current request or background job. The application implements it (tenant-ui: the
 * signed-in principal, re-read from its live membership or API client); domain services ask it
 * themselves instead of taking "is owner" from their callers.
 */
public interface Actors {

    /**
     * The actor acting now, in the current tenant.
     *
     * @throws AccessRevokedException when the signed-in member was removed or the API client revoked
     * @throws NoActorException when nobody is signed in and no {@link SystemWork} is running
     */
    Actor current();
}
