package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.Role;
import org.uplift.organisation.TestSmes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Over HTTP, an SME's assessments and evidence files are invisible to another SME: reading, changing,
 * listing, downloading or removing them is "not found", and the owner's data stays as it was.
 */
@UpliftTest
class AssessmentApiIsolationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void another_sme_can_neither_read_nor_change_an_assessment_nor_reach_its_evidence() {
        var http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var a = smes.register();
        var b = smes.register();
        var aClient = smes.apiClient(a, Role.ENTERPRISE_OWNER);
        var bClient = smes.apiClient(b, Role.ENTERPRISE_OWNER);
        String aToken = http.token(aClient.clientId(), aClient.secret());
        String bToken = http.token(bClient.clientId(), bClient.secret());
        String id = ApiHttp.json(http.call("POST", "/api/v1/assessments", aToken, null, null)).get("id").asText();
        String path = "/api/v1/assessments/" + id;
        http.call("PUT", path + "/answers/Q2", aToken, Map.of("answer", "C"), null);
        var uploaded = Multipart.upload(http, path + "/evidence?indicator=Q3", aToken, "台账.pdf", "application/pdf",
                TestFiles.pdf(2000), null);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String fileId = ApiHttp.json(uploaded).get("id").asText();
        String before = http.get(path, aToken).body();

        var foreignRead = http.get(path, bToken);
        var foreignAnswer = http.call("PUT", path + "/answers/Q2", bToken, Map.of("answer", "E"), null);
        var foreignRating = http.call("PUT", path + "/scenarios/SC01", bToken, Map.of("level", 4), null);
        var foreignEvidenceList = http.get(path + "/evidence", bToken);
        var foreignDownload = http.get(path + "/evidence/" + fileId, bToken);
        var foreignRemoval = http.call("DELETE", path + "/evidence/" + fileId, bToken, null, null);
        var foreignUpload = Multipart.upload(http, path + "/evidence?indicator=Q3", bToken, "x.pdf", "application/pdf",
                TestFiles.pdf(100), null);

        assertThat(List.of(foreignRead, foreignAnswer, foreignRating, foreignEvidenceList, foreignDownload,
                foreignRemoval, foreignUpload)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(404));
        assertThat(foreignRead.body()).doesNotContain("\"answers\"");
        assertThat(foreignDownload.body()).doesNotContain("%PDF");
        assertThat(ApiHttp.json(http.get("/api/v1/assessments", bToken))).isEmpty();

        assertThat(http.get(path, aToken).body()).isEqualTo(before);
        JsonNode files = ApiHttp.json(http.get(path + "/evidence", aToken));
        assertThat(files).extracting(f -> f.get("id").asText()).containsExactly(fileId);
        assertThat(http.get(path + "/evidence/" + fileId, aToken).body()).startsWith("%PDF");
    }

    @Test
    void a_file_is_reached_only_through_its_own_assessment() {
        var http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var a = smes.register();
        var client = smes.apiClient(a, Role.ENTERPRISE_OWNER);
        String token = http.token(client.clientId(), client.secret());
        String id = ApiHttp.json(http.call("POST", "/api/v1/assessments", token, null, null)).get("id").asText();
        String fileId = ApiHttp.json(Multipart.upload(http, "/api/v1/assessments/" + id + "/evidence?indicator=Q3",
                token, "a.pdf", "application/pdf", TestFiles.pdf(100), null)).get("id").asText();

        assertThat(http.get("/api/v1/assessments/other/evidence/" + fileId, token).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/assessments/" + id + "/evidence/not-a-file", token).statusCode()).isEqualTo(404);
    }
}
