package org.uplift.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.uplift.UpliftTest;
import org.uplift.security.ProblemDetails;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The API chain's access-denied answer (no endpoint is refused by the chain itself today, so it is called directly). */
@UpliftTest
class ApiProblemResponsesTest {

    @Autowired
    ProblemDetails problems;
    @Autowired
    MessageSource messages;

    @Test
    void access_denied_by_the_api_chain_is_a_forbidden_problem_in_the_callers_language() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("Accept-Language", "en");
        request.addPreferredLocale(Locale.ENGLISH);
        var response = new MockHttpServletResponse();

        ApiProblemResponses.forbidden(problems).handle(request, response, new AccessDeniedException("denied"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        var problem = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asText()).isEqualTo(messages.getMessage("error.forbidden", null, Locale.ENGLISH));
    }
}
