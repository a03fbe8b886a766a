package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.UpliftTest;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.Role;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;

import com.fasterxml.jackson.databind.JsonNode;

/** The assessment API for an SME: start, autosave, evidence files, and bad input named field by field. */
@UpliftTest
class AssessmentApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    ApiHttp http;
    TestSmes.Sme sme;
    String token;
    String id;

    @BeforeEach
    void anSmeWithADraft() {
        http = new ApiHttp(port);
        var smes = new TestSmes(context);
        sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        token = http.token(client.clientId(), client.secret());
        var started = http.call("POST", "/api/v1/assessments", token, null, null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        id = ApiHttp.json(started).get("id").asText();
    }

    String evidencePath() {
        return "/api/v1/assessments/" + id + "/evidence";
    }

    JsonNode detail() {
        var response = http.get("/api/v1/assessments/" + id, token);
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiHttp.json(response);
    }

    /** What the SME has stored in the evidence bucket, files and chunks. */
    long storedEvidence() {
        return TenantContext.callAs(sme.tenantId(), () -> mongo.getCollection("evidence.files").countDocuments()
                + mongo.getCollection("evidence.chunks").countDocuments());
    }

    static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText())
                .toList();
    }

    @Test
    void a_started_draft_takes_answers_and_ratings_and_is_listed() {
        assertThat(http.call("PUT", "/api/v1/assessments/" + id + "/answers/Q1", token,
                Map.of("answer", List.of("B", "C")), null).statusCode()).isEqualTo(200);
        assertThat(http.call("PUT", "/api/v1/assessments/" + id + "/answers/Q2", token, Map.of("answer", "C"), null)
                .statusCode()).isEqualTo(200);
        assertThat(http.call("PUT", "/api/v1/assessments/" + id + "/scenarios/SC01", token, Map.of("level", 2), null)
                .statusCode()).isEqualTo(200);

        JsonNode detail = detail();
        assertThat(detail.get("status").asText()).isEqualTo("DRAFT");
        assertThat(detail.get("frameworkId").asText()).isEqualTo("miit-2024");
        assertThat(detail.get("answers").get("Q1")).extracting(JsonNode::asText).containsExactly("B", "C");
        assertThat(detail.get("answers").get("Q2").asText()).isEqualTo("C");
        assertThat(detail.get("scenarios").get("SC01").asInt()).isEqualTo(2);
        assertThat(ApiHttp.json(http.get("/api/v1/assessments", token))).extracting(a -> a.get("id").asText())
                .containsExactly(id);
    }

    @Test
    void an_uploaded_pdf_is_listed_and_downloads_with_its_type_and_name() {
        byte[] pdf = TestFiles.pdf(40_000);

        var uploaded = Multipart.upload(http, evidencePath() + "?indicator=Q3", token, "设备台账.pdf",
                "application/octet-stream", pdf, null);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode file = ApiHttp.json(uploaded);
        assertThat(file.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(ApiHttp.json(http.get(evidencePath(), token))).extracting(f -> f.get("indicatorKey").asText())
                .containsExactly("Q3");
        var download = http.get(evidencePath() + "/" + file.get("id").asText(), token);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''%E8%AE%BE%E5%A4%87");
        assertThat(download.body()).isEqualTo(new String(pdf, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(http.call("DELETE", evidencePath() + "/" + file.get("id").asText(), token, null, null).statusCode())
                .isEqualTo(204);
        assertThat(ApiHttp.json(http.get(evidencePath(), token))).isEmpty();
    }

    @Test
    void unknown_keys_and_wrong_types_are_named_and_nothing_changes() {
        http.call("PUT", "/api/v1/assessments/" + id + "/answers/Q2", token, Map.of("answer", "C"), null);
        JsonNode before = detail();

        var unknownQuestion = http.call("PUT", "/api/v1/assessments/" + id + "/answers/Q99", token,
                Map.of("answer", "A"), null);
        var unknownOption = http.call("PUT", "/api/v1/assessments/" + id + "/answers/Q2", token,
                Map.of("answer", "Z"), null);
        var wrongAnswerType = http.call("PUT", "/api/v1/assessments/" + id + "/answers/Q2", token,
                Map.of("answer", 3), null);
        var unknownScenario = http.call("PUT", "/api/v1/assessments/" + id + "/scenarios/SC99", token,
                Map.of("level", 1), null);
        var wrongLevelType = http.call("PUT", "/api/v1/assessments/" + id + "/scenarios/SC01", token,
                Map.of("level", "high"), null);
        var levelOutOfRange = http.call("PUT", "/api/v1/assessments/" + id + "/scenarios/SC01", token,
                Map.of("level", 7), null);

        assertThat(List.of(unknownQuestion, unknownOption, wrongAnswerType, unknownScenario, wrongLevelType,
                levelOutOfRange)).allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(400);
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
                });
        assertThat(fields(ApiHttp.json(unknownQuestion))).containsExactly("answers.Q99");
        assertThat(fields(ApiHttp.json(unknownOption))).allMatch(f -> f.startsWith("answers.Q2"));
        assertThat(fields(ApiHttp.json(wrongAnswerType))).containsExactly("answer");
        assertThat(fields(ApiHttp.json(unknownScenario))).containsExactly("scenarios.SC99");
        assertThat(fields(ApiHttp.json(wrongLevelType))).containsExactly("level");
        assertThat(fields(ApiHttp.json(levelOutOfRange))).containsExactly("scenarios.SC01");
        JsonNode after = detail();
        assertThat(after.get("answers")).isEqualTo(before.get("answers"));
        assertThat(after.get("scenarios")).isEqualTo(before.get("scenarios"));
    }

    @Test
    void a_disallowed_file_type_is_refused_naming_the_file_and_the_allowed_types() {
        var exe = Multipart.upload(http, evidencePath() + "?indicator=Q3", token, "setup.exe", "application/pdf",
                TestFiles.exe(5000), "en");
        var disguised = Multipart.upload(http, evidencePath() + "?indicator=Q3", token, "invoice.pdf",
                "application/pdf", TestFiles.exe(5000), "en");

        assertThat(exe.statusCode()).isEqualTo(400);
        JsonNode error = ApiHttp.json(exe).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("code").asText()).isEqualTo("validation.evidence.type");
        assertThat(error.get("message").asText()).contains(".pdf", ".docx", ".png");
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(disguised).get("errors").get(0).get("code").asText())
                .isEqualTo("validation.evidence.contentMismatch");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void a_file_over_the_limit_is_refused_naming_the_limit_and_leaves_no_chunks() {
        var tooLarge = Multipart.upload(http, evidencePath() + "?indicator=Q3", token, "scan.pdf", "application/pdf",
                TestFiles.pdf(20 * 1024 * 1024 + 1), null);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        JsonNode error = ApiHttp.json(tooLarge).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).contains("20 MB");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void an_unknown_indicator_or_a_missing_file_is_named() {
        var unknownIndicator = Multipart.upload(http, evidencePath() + "?indicator=Q99", token, "a.pdf",
                "application/pdf", TestFiles.pdf(100), null);
        var noIndicator = Multipart.upload(http, evidencePath(), token, "a.pdf", "application/pdf", TestFiles.pdf(100),
                null);

        assertThat(unknownIndicator.statusCode()).isEqualTo(400);
        assertThat(fields(ApiHttp.json(unknownIndicator))).containsExactly("indicator");
        assertThat(noIndicator.statusCode()).isEqualTo(400);
        assertThat(fields(ApiHttp.json(noIndicator))).containsExactly("indicator");
        assertThat(storedEvidence()).isZero();
    }

    @Test
    void only_enterprise_users_may_call_it() {
        String provider = http.token("demo-provider-api", "demo-provider-secret");

        assertThat(http.get("/api/v1/assessments", provider).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/assessments/" + id, null).statusCode()).isEqualTo(401);
    }
}
