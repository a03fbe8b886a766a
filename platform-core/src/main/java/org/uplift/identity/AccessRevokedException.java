package org.uplift.identity;

/** The caller was signed in, but its membership is gone (removed from the team) or its API client revoked. */
public class AccessRevokedException extends RuntimeException {

    public AccessRevokedException(String who) {
        super("Access revoked for " + who);
    }
}
