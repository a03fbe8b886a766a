package org.uplift.security;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Why a UI session was ended by the platform (the member was removed, or the roles changed): carried
 * to the sign-in page in a short-lived cookie, so that page can say so in the user's language.
 */
public enum AccessEnded {

    /** Removed from the team (or the account is gone). */
    REVOKED("login.error.accessRevoked"),
    /** The roles changed: sign in again to get the new ones. */
    CHANGED("login.error.accessChanged");

    public static final String COOKIE = "uplift-access-ended";

    private final String messageKey;

    AccessEnded(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public void remember(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, name(), 300));
    }

    /** The reason a previous session was ended, if any; the cookie is spent by reading it. */
    public static Optional<AccessEnded> take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        Optional<AccessEnded> reason = Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).flatMap(value -> Arrays.stream(values()).filter(v -> v.name().equals(value)))
                .findFirst();
        reason.ifPresent(r -> response.addCookie(cookie(request, "", 0)));
        return reason;
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        var cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
