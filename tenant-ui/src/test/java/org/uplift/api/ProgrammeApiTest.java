package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uplift.UpliftTest;

import com.fasterxml.jackson.databind.JsonNode;

/** The two demo programmes of issue 9 through the API, with real client-credentials tokens of several kinds. */
@UpliftTest
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    ApiHttp http;
    String sme;
    String provider;
    String authority;

    @BeforeEach
    void tokens() {
        http = new ApiHttp(port);
        sme = http.token("demo-enterprise-api", "demo-enterprise-secret");
        provider = http.token("demo-provider-api", "demo-provider-secret");
        authority = http.token("demo-authority-api", "demo-authority-secret");
    }

    static Map<String, Object> line(String category, Object amountFen) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("category", category);
        line.put("amountFen", amountFen);
        return line;
    }

    static Map<String, Object> body(List<Map<String, Object>> lines, String industry, String district, Object level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("costLines", lines);
        body.put("industryCode", industry);
        body.put("districtCode", district);
        body.put("level", level);
        return body;
    }

    JsonNode estimate(String token, String programme, Map<String, Object> body) {
        var response = http.call("POST", "/api/v1/programmes/" + programme + "/estimate", token, body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiHttp.json(response);
    }

    static List<String> reasons(JsonNode estimate) {
        List<String> reasons = new ArrayList<>();
        estimate.get("reasons").forEach(r -> reasons.add(r.asText()));
        return reasons;
    }

    @Test
    void hz_pilot_pays_forty_percent_of_the_funded_lines_only() {
        JsonNode e = estimate(sme, "hz-pilot-2026", body(List.of(line("SOFTWARE", 1_000_000),
                line("CONSULTING", 500_000)), "C34", "330110", 2));

        assertThat(e.get("eligible").asBoolean()).isTrue();
        assertThat(reasons(e)).isEmpty();
        assertThat(e.get("eligibleCostFen").asLong()).isEqualTo(1_000_000);
        assertThat(e.get("amountFen").asLong()).isEqualTo(400_000);
    }

    @Test
    void hz_pilot_caps_at_five_hundred_thousand_yuan_at_every_level() {
        for (int level = 2; level <= 4; level++) {
            JsonNode e = estimate(provider, "hz-pilot-2026", body(List.of(line("SOFTWARE", 200_000_000),
                    line("DATA_COLLECTION_HARDWARE", 50_000_000)), "C34", "330106", level));
            assertThat(e.get("amountFen").asLong()).isEqualTo(50_000_000);
        }
    }

    @Test
    void zs_tiered_caps_by_level_and_funds_consulting() {
        var lines = List.of(line("CONSULTING", 100_000_000), line("SOFTWARE", 200_000_000));
        assertThat(estimate(authority, "zs-tiered-2026", body(lines, "C34", "330110", 2)).get("amountFen").asLong())
                .isEqualTo(30_000_000);
        assertThat(estimate(authority, "zs-tiered-2026", body(lines, "C34", "330110", 3)).get("amountFen").asLong())
                .isEqualTo(60_000_000);
        assertThat(estimate(authority, "zs-tiered-2026", body(lines, "C34", "330114", 4)).get("amountFen").asLong())
                .isEqualTo(100_000_000);
        JsonNode small = estimate(sme, "zs-tiered-2026", body(List.of(line("CONSULTING", 1_000_001)), "C13", "330109", 2));
        assertThat(small.get("eligibleCostFen").asLong()).isEqualTo(1_000_001);
        assertThat(small.get("amountFen").asLong()).isEqualTo(500_000);
    }

    @Test
    void ineligible_estimates_pay_nothing_and_give_their_reasons() {
        JsonNode xihu = estimate(sme, "zs-tiered-2026", body(List.of(line("SOFTWARE", 1_000_000)), "C34", "330106", 2));
        assertThat(xihu.get("eligible").asBoolean()).isFalse();
        assertThat(reasons(xihu)).containsExactly("DISTRICT_NOT_ELIGIBLE");
        assertThat(xihu.get("amountFen").asLong()).isZero();

        JsonNode tobacco = estimate(sme, "hz-pilot-2026", body(List.of(line("SOFTWARE", 1_000_000)), "C16", "330110", 2));
        assertThat(reasons(tobacco)).containsExactly("INDUSTRY_NOT_ELIGIBLE");
        assertThat(tobacco.get("amountFen").asLong()).isZero();

        JsonNode levelOne = estimate(sme, "hz-pilot-2026", body(List.of(line("SOFTWARE", 1_000_000)), "C34", "330110", 1));
        assertThat(reasons(levelOne)).containsExactly("LEVEL_BELOW_MINIMUM");

        JsonNode consultingOnly = estimate(sme, "hz-pilot-2026", body(List.of(line("CONSULTING", 1_000_000)), "C34",
                "330110", 2));
        assertThat(reasons(consultingOnly)).containsExactly("NO_ELIGIBLE_COST");
        assertThat(consultingOnly.get("eligibleCostFen").asLong()).isZero();
    }

    @Test
    void bad_bodies_get_translated_problem_details_per_field() {
        Map<String, Object> bad = body(List.of(line("FURNITURE", 1_000), line("SOFTWARE", 0), line("SOFTWARE", -3)),
                "C34", null, 2);
        var response = http.call("POST", "/api/v1/programmes/hz-pilot-2026/estimate", sme, bad, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ApiHttp.json(response);
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        assertThat(errors).containsOnlyKeys("costLines[0].category", "costLines[1].amountFen", "costLines[2].amountFen",
                "districtCode");
        assertThat(errors.get("costLines[0].category")).startsWith("Unknown cost category");
        assertThat(errors.get("costLines[1].amountFen")).contains("above 0");

        var chinese = http.call("POST", "/api/v1/programmes/hz-pilot-2026/estimate", sme,
                Map.of("industryCode", "C34", "districtCode", "330110"), null);
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("costLines").contains("level").contains("必填");
    }

    @Test
    void an_unknown_programme_is_a_404_problem() {
        var response = http.call("POST", "/api/v1/programmes/no-such-programme/estimate", sme,
                body(List.of(line("SOFTWARE", 1_000)), "C34", "330110", 2), null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(http.get("/api/v1/programmes/no-such-programme", sme).statusCode()).isEqualTo(404);
    }

    @Test
    void open_programmes_are_listed_with_their_public_terms() {
        var list = http.get("/api/v1/programmes", provider);
        assertThat(list.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        ApiHttp.json(list).forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).contains("hz-pilot-2026", "zs-tiered-2026");

        JsonNode hz = ApiHttp.json(http.get("/api/v1/programmes/hz-pilot-2026", sme));
        assertThat(hz.get("name").asText()).isEqualTo("杭州市中小企业数字化转型试点（演示）");
        assertThat(hz.get("ratePercent").decimalValue()).isEqualByComparingTo("40");
        assertThat(hz.get("budgetFen").asLong()).isEqualTo(2_000_000_000L);
        assertThat(hz.get("districts")).hasSize(13);
        assertThat(hz.get("industryExclusions").get(0).asText()).isEqualTo("C16");
        assertThat(hz.get("secondReviewThresholdFen").asLong()).isEqualTo(30_000_000L);
    }

    @Test
    void without_a_token_nothing_is_answered() {
        assertThat(http.get("/api/v1/programmes", null).statusCode()).isEqualTo(401);
    }
}
