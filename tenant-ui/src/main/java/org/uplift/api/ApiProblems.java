package org.uplift.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.uplift.tenancy.MissingTenantException;
import org.uplift.validation.InputRejectedException;

/**
 * Refusals as RFC 7807 problem details, in the caller's language (Accept-Language; zh-CN by default).
 * A rejected input lists each field with its reason; nothing was changed. Ordered before Boot's own
 * problem-details handler, which would otherwise answer unreadable and invalid bodies without fields.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "org.uplift.api")
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InputRejectedException.class)
    ProblemDetail rejected(InputRejectedException rejected, Locale locale) {
        var errors = rejected.violations().stream().map(v -> Map.of("field", v.field(), "code", v.messageKey(),
                "message", messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "validation.failed", locale, errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid, Locale locale) {
        var errors = invalid.getBindingResult().getFieldErrors().stream().map(e -> Map.of("field", e.getField(),
                "code", "validation.type", "message", messages.getMessage("validation.type", null, locale))).toList();
        return problem(HttpStatus.BAD_REQUEST, "validation.failed", locale, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        String field = unreadable.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> a + "." + b).orElse("body")
                : "body";
        return problem(HttpStatus.BAD_REQUEST, "validation.failed", locale, List.of(Map.of("field", field,
                "code", "validation.type", "message", messages.getMessage("validation.type", null, locale))));
    }

    @ExceptionHandler(MissingTenantException.class)
    ProblemDetail noTenant(MissingTenantException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", locale, List.of());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", locale, List.of());
    }

    @ExceptionHandler(IssuedByIdentityProvider.class)
    ProblemDetail issuedByIdentityProvider(IssuedByIdentityProvider e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "apiClients.external.title", locale, List.of());
        problem.setDetail(messages.getMessage("apiClients.external.detail", null, locale));
        return problem;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", locale, List.of());
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, Locale locale, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleKey, null, titleKey, locale));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** The resource does not exist for the caller's tenant. */
    static final class NotFound extends RuntimeException {
    }

    /** With an external issuer, machine clients are that issuer's (e.g. Keycloak service accounts), not ours. */
    static final class IssuedByIdentityProvider extends RuntimeException {
    }

    /** The caller's roles do not allow this. */
    static final class Forbidden extends RuntimeException {
    }
}
