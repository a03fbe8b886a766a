package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uplift.UpliftTest;

import com.fasterxml.jackson.databind.JsonNode;

/** The stateless what-if endpoint on the MIIT 2024 model: scores, level, gaps, and bad input named field by field. */
@UpliftTest
class FrameworkEvaluateApiTest {

    @LocalServerPort
    int port;

    ApiHttp http;
    String token;

    @BeforeEach
    void anyTenantsToken() {
        http = new ApiHttp(port);
        token = http.token("demo-provider-api", "demo-provider-secret");
    }

    /** Q1–Q5 (数字化基础 less its security questions) at their best: 40 points; every scenario at {@code scenarioLevel}. */
    static Map<String, Object> bestAnswersAtScenarioLevel(int scenarioLevel) {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("Q1", List.of("B", "C", "D", "E"));
        answers.put("Q2", "E");
        answers.put("Q3", "E");
        answers.put("Q4", List.of("B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"));
        answers.put("Q5", "E");
        var scenarios = new LinkedHashMap<String, Object>();
        for (int i = 1; i <= 16; i++) {
            scenarios.put(String.format("SC%02d", i), scenarioLevel);
        }
        return Map.of("answers", answers, "scenarios", scenarios);
    }

    JsonNode evaluate(Object body) {
        var response = http.call("POST", "/api/v1/frameworks/miit-2024/evaluate", token, body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiHttp.json(response);
    }

    @Test
    void scores_level_and_gap_come_back_rounded_to_two_decimals() {
        JsonNode result = evaluate(bestAnswersAtScenarioLevel(2));

        assertThat(result.get("frameworkId").asText()).isEqualTo("miit-2024");
        assertThat(result.get("dimensionScores").get("D1").decimalValue()).isEqualByComparingTo("40");
        assertThat(result.get("totalScore").decimalValue()).isEqualByComparingTo("40");
        assertThat(result.get("level").asInt()).isEqualTo(2);
        JsonNode gap = result.get("gaps").get(0);
        assertThat(gap.get("targetLevel").asInt()).isEqualTo(3);
        assertThat(gap.get("pointsMissing").decimalValue()).isEqualByComparingTo("20");
        assertThat(gap.get("scenariosMissing").asInt()).isEqualTo(8);
        assertThat(gap.get("constrainedMissing").asInt()).isEqualTo(5);
        assertThat(gap.get("questionSteps")).isNotEmpty();
    }

    @Test
    void an_empty_assessment_has_no_level_and_is_told_what_level_one_needs() {
        JsonNode result = evaluate(Map.of());

        assertThat(result.get("totalScore").decimalValue()).isEqualByComparingTo("0");
        assertThat(result.get("level").asInt()).isZero();
        assertThat(result.get("gaps").get(0).get("scenariosMissing").asInt()).isEqualTo(6);
    }

    @Test
    void unknown_keys_wrong_types_and_out_of_range_levels_are_each_named() {
        var body = Map.of("answers", Map.of("Q99", "A", "Q1", List.of("Z"), "Q2", 3, "Q5", List.of("B", "C")),
                "scenarios", Map.of("SC01", 7, "SC99", 1, "SC02", "high"));

        var response = http.call("POST", "/api/v1/frameworks/miit-2024/evaluate", token, body, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        var fields = StreamSupport.stream(ApiHttp.json(response).get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
        assertThat(fields).contains("answers.Q2", "scenarios.SC02");
    }

    @Test
    void a_valid_body_with_bad_answers_names_each_answer() {
        var body = Map.of("answers", Map.of("Q99", "A", "Q1", List.of("Z"), "Q5", List.of("B", "C")),
                "scenarios", Map.of("SC01", 7, "SC99", 1));

        var response = http.call("POST", "/api/v1/frameworks/miit-2024/evaluate", token, body, null);

        assertThat(response.statusCode()).isEqualTo(400);
        var fields = StreamSupport.stream(ApiHttp.json(response).get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
        assertThat(fields).anyMatch(f -> f.startsWith("answers.Q99")).anyMatch(f -> f.startsWith("answers.Q1"))
                .anyMatch(f -> f.startsWith("answers.Q5")).anyMatch(f -> f.startsWith("scenarios.SC01"))
                .anyMatch(f -> f.startsWith("scenarios.SC99"));
    }

    @Test
    void an_unknown_framework_is_not_found_and_no_token_is_unauthorised() {
        assertThat(http.call("POST", "/api/v1/frameworks/nope/evaluate", token, Map.of(), null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("POST", "/api/v1/frameworks/miit-2024/evaluate", null, Map.of(), null).statusCode())
                .isEqualTo(401);
    }
}
