package org.uplift.identity;

/** A service that acts for someone was called with nobody signed in and outside {@link SystemWork}. */
public class NoActorException extends IllegalStateException {

    public NoActorException() {
        super("Nobody is acting: no signed-in user and no system work");
    }
}
