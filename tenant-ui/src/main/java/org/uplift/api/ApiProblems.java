package org.uplift.api;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.identity.AccessRevokedException;
import org.uplift.identity.NoActorException;
import org.uplift.security.ProblemDetails;
import org.uplift.tenancy.MissingTenantException;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * Refusals as RFC 7807 problem details, in the caller's language (Accept-Language; zh-CN by default).
 * A rejected input lists each field with its reason; nothing was changed. Ordered before
 * {@link ApiFrameworkProblems}, which would otherwise answer unreadable and invalid bodies without fields.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "org.uplift.api")
class ApiProblems {

    private final ProblemDetails problems;

    ApiProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    /** 400 naming each field; 413 when the refusal is a file over the size limit. */
    @ExceptionHandler(InputRejectedException.class)
    ProblemDetail rejected(InputRejectedException rejected, Locale locale) {
        boolean tooLarge = rejected.violations().stream().anyMatch(v -> EvidenceFiles.TOO_LARGE.equals(v.messageKey()));
        return problems.rejected(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                rejected.violations(), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid, Locale locale) {
        return problems.rejected(HttpStatus.BAD_REQUEST, invalid.getBindingResult().getFieldErrors().stream()
                .map(e -> Violation.of(e.getField(), "validation.type")).toList(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        String field = unreadable.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body")
                : "body";
        return problems.rejected(HttpStatus.BAD_REQUEST, List.of(Violation.of(field, "validation.type")), locale);
    }

    @ExceptionHandler(MissingTenantException.class)
    ProblemDetail noTenant(MissingTenantException e, Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, locale);
    }

    /** The token's member was removed or its API client revoked since it was issued. */
    @ExceptionHandler(AccessRevokedException.class)
    ProblemDetail revoked(AccessRevokedException e, Locale locale) {
        return problems.problem(HttpStatus.UNAUTHORIZED, "error.unauthorized", "error.accessRevoked", locale);
    }

    @ExceptionHandler(NoActorException.class)
    ProblemDetail noActor(NoActorException e, Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, locale);
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, locale);
    }

    @ExceptionHandler(IssuedByIdentityProvider.class)
    ProblemDetail issuedByIdentityProvider(IssuedByIdentityProvider e, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "apiClients.external.title", "apiClients.external.detail", locale);
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e, Locale locale) {
        return problems.problem(HttpStatus.FORBIDDEN, locale);
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
