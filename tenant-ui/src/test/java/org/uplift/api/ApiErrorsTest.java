package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.uplift.UpliftTest;
import org.uplift.identity.Role;
import org.uplift.organisation.TestSmes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every way a call to /api can go wrong answers an RFC 7807 problem body in the caller's language:
 * never Spring's default error JSON, an HTML page, or a stack trace.
 */
@UpliftTest
class ApiErrorsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    ApiHttp http;
    TestSmes smes;
    TestSmes.Sme sme;
    String ownerToken;

    @BeforeEach
    void anSmeOwnerClient() {
        http = new ApiHttp(port);
        smes = new TestSmes(context);
        sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        ownerToken = http.token(client.clientId(), client.secret());
    }

    HttpResponse<String> raw(String method, String path, String token, String contentType, String body,
            Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(http.url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
    }

    /** The status, the problem media type, the status in the body, and the title in {@code locale}. */
    JsonNode assertProblem(HttpResponse<String> response, int status, String titleKey, Locale locale) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).get().asString()
                .startsWith("application/problem+json");
        JsonNode problem = ApiHttp.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isEqualTo(messages.getMessage(titleKey, null, locale));
        assertThat(problem.has("trace")).isFalse();
        assertThat(problem.has("exception")).isFalse();
        return problem;
    }

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void an_unknown_path_under_the_api_is_a_not_found_problem() {
        var response = raw("GET", "/api/v1/no-such-thing", ownerToken, null, null, Map.of());

        assertProblem(response, 404, "error.notFound", ZH);
    }

    @Test
    void an_unknown_path_is_a_not_found_problem_in_english_when_asked() {
        var response = raw("GET", "/api/nothing/here", ownerToken, null, null, Map.of("Accept-Language", "en"));

        assertProblem(response, 404, "error.notFound", Locale.ENGLISH);
    }

    @Test
    void a_path_the_server_refuses_before_any_servlet_is_a_bad_request_problem() {
        for (String path : new String[] {"/api/v1/assessments/%00", "/api/v1/assessments/%2E%2E%2Fx"}) {
            var response = raw("GET", path, ownerToken, null, null, Map.of("Accept-Language", "en"));

            assertProblem(response, 400, "validation.failed", Locale.ENGLISH);
        }
    }

    @Test
    void outside_the_api_a_refused_path_shows_no_server_details() {
        var response = raw("GET", "/assessments/%00", null, null, null, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Apache Tomcat", "Exception");
    }

    @Test
    void a_method_the_endpoint_does_not_have_is_a_method_not_allowed_problem() {
        var response = raw("DELETE", "/api/v1/me", ownerToken, null, null, Map.of("Accept-Language", "en"));

        assertProblem(response, 405, "error.methodNotAllowed", Locale.ENGLISH);
        assertThat(response.headers().firstValue("Allow")).get().asString().contains("GET");
    }

    @Test
    void a_body_of_a_type_the_endpoint_does_not_read_is_an_unsupported_media_type_problem() {
        var response = raw("PUT", "/api/v1/company-profile", ownerToken, "text/plain", "industryCode=C34", Map.of());

        assertProblem(response, 415, "error.unsupportedMediaType", ZH);
    }

    @Test
    void asking_for_a_format_the_api_cannot_write_is_a_not_acceptable_problem() {
        var response = raw("GET", "/api/v1/me", ownerToken, null, null, Map.of("Accept", "application/xml"));

        assertProblem(response, 406, "error.notAcceptable", ZH);
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request_naming_the_body() {
        var response = raw("PUT", "/api/v1/company-profile", ownerToken, "application/json", "{\"employees\": ",
                Map.of());

        JsonNode problem = assertProblem(response, 400, "validation.failed", ZH);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void trailing_content_after_the_json_body_is_refused() {
        var response = raw("PUT", "/api/v1/company-profile", ownerToken, "application/json",
                "{\"industryCode\":\"C34\",\"districtCode\":\"330110\",\"employees\":80,\"annualRevenue\":5200,"
                        + "\"mainProducts\":\"液压阀\"} {\"employees\": 1}",
                Map.of());

        assertProblem(response, 400, "validation.failed", ZH);
        assertThat(http.get("/api/v1/company-profile", ownerToken).statusCode()).isEqualTo(404);
    }

    @Test
    void a_json_body_with_a_key_twice_is_refused() {
        var typed = raw("PUT", "/api/v1/company-profile", ownerToken, "application/json",
                "{\"industryCode\":\"C34\",\"districtCode\":\"330110\",\"employees\":80,\"annualRevenue\":5200,"
                        + "\"mainProducts\":\"液压阀\",\"employees\":8000}",
                Map.of());
        var tree = raw("POST", "/api/v1/frameworks/miit-2024/evaluate", ownerToken, "application/json",
                "{\"answers\": {\"Q1\": [\"B\"]}, \"answers\": {}}", Map.of());

        assertProblem(typed, 400, "validation.failed", ZH);
        assertProblem(tree, 400, "validation.failed", ZH);
        assertThat(http.get("/api/v1/company-profile", ownerToken).statusCode()).isEqualTo(404);
    }

    @Test
    void no_token_is_an_unauthorized_problem_that_still_tells_how_to_authenticate() {
        var response = raw("GET", "/api/v1/me", null, null, null, Map.of("Accept-Language", "en"));

        assertProblem(response, 401, "error.unauthorized", Locale.ENGLISH);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
    }

    @Test
    void a_forged_token_is_an_unauthorized_problem_in_chinese_by_default() {
        var response = raw("GET", "/api/v1/company-profile", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", null, null,
                Map.of());

        assertProblem(response, 401, "error.unauthorized", ZH);
    }

    @Test
    void an_unknown_path_without_a_token_is_an_unauthorized_problem() {
        var response = raw("POST", "/api/v2/whatever", null, "application/json", "{}", Map.of());

        assertProblem(response, 401, "error.unauthorized", ZH);
    }

    @Test
    void an_api_client_with_a_null_role_is_refused_naming_the_roles() {
        var response = raw("POST", "/api/v1/api-clients", ownerToken, "application/json",
                "{\"name\":\"erp\",\"roles\":[null]}", Map.of());

        JsonNode problem = assertProblem(response, 400, "validation.failed", ZH);
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("roles");
    }

    @Test
    void an_api_client_with_an_unknown_role_is_refused_naming_the_role() {
        var response = raw("POST", "/api/v1/api-clients", ownerToken, "application/json",
                "{\"name\":\"erp\",\"roles\":[\"KING\"]}", Map.of());

        JsonNode problem = assertProblem(response, 400, "validation.failed", ZH);
        assertThat(problem.get("errors").get(0).get("field").asText()).startsWith("roles");
    }

    @Test
    void revoking_another_tenants_api_client_is_not_found_and_leaves_it_active() {
        var other = smes.register();
        var foreign = smes.apiClient(other, Role.ENTERPRISE_OWNER);

        var response = raw("DELETE", "/api/v1/api-clients/" + foreign.client().getId(), ownerToken, null, null,
                Map.of());

        assertProblem(response, 404, "error.notFound", ZH);
        assertThat(http.requestToken(foreign.clientId(), foreign.secret()).statusCode()).isEqualTo(200);
    }

    @Test
    void revoking_an_unknown_api_client_is_not_found() {
        var response = raw("DELETE", "/api/v1/api-clients/nope", ownerToken, null, null, Map.of());

        assertProblem(response, 404, "error.notFound", ZH);
    }

    @Test
    void the_ui_paths_keep_their_own_not_found_page() {
        var response = raw("GET", "/no-such-view", null, null, null, Map.of("Accept", "text/html"));

        assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("application/problem");
    }

    @Test
    void an_unexpected_failure_of_an_api_call_is_a_problem_that_tells_nothing_of_the_internals() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/organisation");

        var problem = context.getBean(ApiFrameworkProblems.class)
                .unexpected(new IllegalStateException("mongo at 10.0.0.7 refused: secret"), request, ZH);

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getTitle()).isEqualTo(messages.getMessage("error.internal", null, ZH));
        assertThat(problem.getDetail()).isNull();
        assertThat(String.valueOf(problem.getProperties())).doesNotContain("secret", "10.0.0.7");
    }

    @Test
    void an_unexpected_failure_outside_the_api_is_left_to_the_container() {
        var request = new MockHttpServletRequest("GET", "/actuator/whatever");
        var failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> context.getBean(ApiFrameworkProblems.class).unexpected(failure, request, ZH))
                .isSameAs(failure);
    }

    static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValues("field").stream().map(JsonNode::asText).toList();
    }
}
