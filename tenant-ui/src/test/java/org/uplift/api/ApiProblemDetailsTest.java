package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.organisation.TestSmes;
import org.uplift.UpliftTest;
import org.uplift.identity.Role;

import com.fasterxml.jackson.databind.JsonNode;

/** Refused input comes back as RFC 7807 problem details naming every bad field, in the caller's language. */
@UpliftTest
class ApiProblemDetailsTest {

    static final Map<String, Object> BAD_PROFILE = Map.of("industryCode", "A01", "districtCode", "110101",
            "employees", 0, "annualRevenue", -5, "mainProducts", " ");
    static final Map<String, String> EXPECTED_KEYS = Map.of("industryCode", "validation.industry.unknown",
            "districtCode", "validation.district.unknown", "employees", "validation.employees.range",
            "annualRevenue", "validation.revenue.range", "mainProducts", "validation.required");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    ApiHttp http;
    String ownerToken;

    @BeforeEach
    void anSmeOwnerClient() {
        http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var client = smes.apiClient(smes.register(), Role.ENTERPRISE_OWNER);
        ownerToken = http.token(client.clientId(), client.secret());
    }

    static Map<String, Object> goodProfile(int employees) {
        var profile = new LinkedHashMap<String, Object>();
        profile.put("industryCode", "C34");
        profile.put("districtCode", "330110");
        profile.put("employees", employees);
        profile.put("annualRevenue", 5200);
        profile.put("mainProducts", "液压阀");
        return profile;
    }

    HttpResponse<String> put(Object body, String token, String acceptLanguage) {
        return http.call("PUT", "/api/v1/company-profile", token, body, acceptLanguage);
    }

    static Map<String, JsonNode> errorsByField(HttpResponse<String> response) {
        JsonNode problem = ApiHttp.json(response);
        assertThat(problem.has("errors")).as("an errors list in %s", problem).isTrue();
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .collect(Collectors.toMap(e -> e.get("field").asText(), e -> e));
    }

    void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(ApiHttp.json(response).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void bad_values_are_refused_with_every_field_and_its_reason_in_chinese_by_default() {
        var response = put(BAD_PROFILE, ownerToken, null);

        assertProblem(response, 400);
        var errors = errorsByField(response);
        assertThat(errors).containsOnlyKeys(EXPECTED_KEYS.keySet());
        EXPECTED_KEYS.forEach((field, key) -> {
            assertThat(errors.get(field).get("code").asText()).isEqualTo(key);
            assertThat(errors.get(field).get("message").asText()).as(field)
                    .isEqualTo(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
        });
        assertThat(ApiHttp.json(response).get("title").asText())
                .isEqualTo(messages.getMessage("validation.failed", null, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void the_reasons_are_in_english_when_the_caller_asks_for_english() {
        var response = put(BAD_PROFILE, ownerToken, "en");

        assertProblem(response, 400);
        var errors = errorsByField(response);
        EXPECTED_KEYS.forEach((field, key) -> assertThat(errors.get(field).get("message").asText()).as(field)
                .isEqualTo(messages.getMessage(key, null, Locale.ENGLISH))
                .isNotEqualTo(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void a_refused_profile_saves_nothing() {
        put(BAD_PROFILE, ownerToken, null);
        assertThat(http.get("/api/v1/company-profile", ownerToken).statusCode()).isEqualTo(404);

        assertThat(put(goodProfile(80), ownerToken, null).statusCode()).isEqualTo(200);
        var refused = new LinkedHashMap<>(goodProfile(90));
        refused.put("districtCode", "999999");
        assertThat(put(refused, ownerToken, null).statusCode()).isEqualTo(400);

        var saved = ApiHttp.json(http.get("/api/v1/company-profile", ownerToken));
        assertThat(saved.get("employees").asInt()).isEqualTo(80);
        assertThat(saved.get("districtCode").asText()).isEqualTo("330110");
    }

    @Test
    void a_value_of_the_wrong_type_names_its_field() {
        var body = new LinkedHashMap<>(goodProfile(80));
        body.put("employees", "many");

        var response = put(body, ownerToken, "en");

        assertProblem(response, 400);
        assertThat(errorsByField(response)).containsOnlyKeys("employees");
    }

    @Test
    void a_member_client_may_not_change_the_profile() {
        var smes = new TestSmes(context);
        var member = smes.apiClient(smes.register(), Role.ENTERPRISE_MEMBER);
        String memberToken = http.token(member.clientId(), member.secret());

        var response = put(goodProfile(80), memberToken, null);

        assertProblem(response, 403);
        assertThat(http.get("/api/v1/company-profile", memberToken).statusCode()).isEqualTo(404);
    }
}
