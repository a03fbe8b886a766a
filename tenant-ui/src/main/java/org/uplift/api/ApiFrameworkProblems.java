package org.uplift.api;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.uplift.security.ProblemDetails;
import org.uplift.validation.Violation;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring MVC's own refusals (404 unknown path, 405, 406, 415, bad parameters, too large uploads) as
 * problem details titled in the caller's language, and any unexpected failure of an API call as a 500
 * problem that says nothing about the internals. Replaces Boot's English-only problem-details handler
 * and, unlike {@link ApiProblems}, also applies where no controller was found.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class ApiFrameworkProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiFrameworkProblems.class);

    private final ProblemDetails problems;

    ApiFrameworkProblems(ProblemDetails problems) {
        this.problems = problems;
    }

    /** Outside /api the exception goes on to the container as before (Vaadin and the webapps have their own pages). */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure, HttpServletRequest request, Locale locale) throws Exception {
        if (!ProblemDetails.isApi(request)) {
            throw failure;
        }
        log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), failure);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, locale);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "parameter";
        return rejected(mismatch, headers, status, request, Violation.of(field, "validation.type"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return rejected(missing, headers, status, request, Violation.of(missing.getParameterName(), "validation.required"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return rejected(missing, headers, status, request, Violation.of(missing.getRequestPartName(), "validation.required"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return rejected(tooLarge, headers, HttpStatus.PAYLOAD_TOO_LARGE, request, Violation.of("file", "error.tooLarge"));
    }

    /** Every problem Spring MVC builds gets its title in the caller's language; its English detail is dropped. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
        ProblemDetail titled = problems.problem(status, LocaleContextHolder.getLocale());
        problem.setTitle(titled.getTitle());
        problem.setDetail(null);
        return super.handleExceptionInternal(failure, problem, headers, status, request);
    }

    private ResponseEntity<Object> rejected(Exception failure, HttpHeaders headers, HttpStatusCode status,
            WebRequest request, Violation violation) {
        ProblemDetail problem = problems.rejected(status, List.of(violation), LocaleContextHolder.getLocale());
        return super.handleExceptionInternal(failure, problem, headers, status, request);
    }
}
