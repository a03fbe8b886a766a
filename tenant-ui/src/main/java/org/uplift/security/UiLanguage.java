package org.uplift.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The two languages of the platform, zh-CN first. A choice is remembered in a cookie (before sign-in)
 * and on the user's account (after).
 */
public final class UiLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
    public static final String COOKIE = "uplift-lang";

    private UiLanguage() {
    }

    public static Locale of(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public static String tag(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    /** An explicit choice wins and is remembered; then the cookie; then the browser; then Chinese. */
    public static Locale resolve(HttpServletRequest request, HttpServletResponse response, String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            Locale chosen = of(explicit);
            remember(response, chosen);
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return of(cookie.getValue());
                }
            }
        }
        return fromBrowser(request.getHeader("Accept-Language"));
    }

    /** The browser's preference; without one, Chinese (never the server's own locale). */
    public static Locale fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        var ranges = Locale.LanguageRange.parse(acceptLanguage);
        var best = Locale.lookup(ranges, SUPPORTED);
        return best != null && "en".equals(best.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static void remember(HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(COOKIE, tag(locale));
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
