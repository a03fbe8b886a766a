package org.uplift.security;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.uplift.validation.Violation;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 7807 problem bodies of the API, titled in the caller's language: one title per status, and for
 * refused input the fields with their reasons. Used by the API's exception handlers and by the API
 * filter chain (401/403 are written before any controller runs).
 */
@Component
public class ProblemDetails {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ProblemDetails(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** The i18n key of the title of a problem with this status. */
    public static String titleKey(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "validation.failed";
            case 401 -> "error.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> status.is5xxServerError() ? "error.internal" : "error.request";
        };
    }

    public ProblemDetail problem(HttpStatusCode status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleKey(status), null, locale));
        return problem;
    }

    /** A problem with its own title and detail, for refusals the status alone does not explain. */
    public ProblemDetail problem(HttpStatusCode status, String titleKey, String detailKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setDetail(messages.getMessage(detailKey, null, locale));
        return problem;
    }

    /** A refusal naming each field: {@code errors} holds field, code (the i18n key) and message. */
    public ProblemDetail rejected(HttpStatusCode status, List<Violation> violations, Locale locale) {
        ProblemDetail problem = problem(status, locale);
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations.stream().map(v -> Map.of("field", v.field(), "code",
                    v.messageKey(), "message",
                    messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale))).toList());
        }
        return problem;
    }

    /** Writes the problem as the response body, in the request's language (Accept-Language, else zh-CN). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        write(response, withInstance(request, problem(status, locales.resolveLocale(request))));
    }

    /** The same, with a detail (an i18n key) saying why. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
            throws IOException {
        write(response, withInstance(request,
                problem(status, titleKey(status), detailKey, locales.resolveLocale(request))));
    }

    /** The problem of {@code request} as JSON, for writers that have no servlet output stream. */
    public String json(HttpServletRequest request, HttpStatusCode status) throws IOException {
        return json.writeValueAsString(withInstance(request, problem(status, locales.resolveLocale(request))));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static ProblemDetail withInstance(HttpServletRequest request, ProblemDetail problem) {
        try {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // the path is not echoed then
        }
        return problem;
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
