package org.uplift.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.uplift.benchmarks.BenchmarkSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one SME's owner does through {@code /api/v1} with its API client's token: the home page's data (who am I,
 * the organisation, open tasks), the assessment history and the latest result, a catalogue search and the
 * recommendations; and, when asked, a re-assessment: start it, autosave every answer and rating one at a time,
 * submit, and poll until the journey has published it.
 */
final class SmeSession {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("质量", "设备管理", "MES 生产", "能耗", "仓储", "quality", "销售");
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    record Token(String value, long expiresAtNanos) {
    }

    private final HttpClient http;
    private final String base;
    private final String tokenUrl;
    private final String clientId;
    private final String secret;
    private final Latencies latencies;

    SmeSession(HttpClient http, String base, String tokenUrl, String clientId, String secret, Latencies latencies) {
        this.http = http;
        this.base = base;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.secret = secret;
        this.latencies = latencies;
    }

    /** The pages an SME reads on a visit. Returns the latest published or submitted assessment's id, if any. */
    String browse(Random random) throws Exception {
        get("home: GET /me", "/api/v1/me");
        get("home: GET /organisation", "/api/v1/organisation");
        get("home: GET /tasks", "/api/v1/tasks");
        JsonNode history = get("assessments: GET list", "/api/v1/assessments");
        String latest = null;
        String draft = null;
        for (JsonNode summary : history) {
            String status = summary.path("status").asText();
            if ("DRAFT".equals(status)) {
                draft = summary.path("id").asText();
            } else if (latest == null || summary.path("submittedAt").asText().compareTo(latestSubmitted) > 0) {
                latest = summary.path("id").asText();
                latestSubmitted = summary.path("submittedAt").asText();
            }
        }
        openDraft = draft;
        if (latest != null) {
            get("result: GET /assessments/{id}", "/api/v1/assessments/" + latest);
        }
        String q = QUERIES.get(random.nextInt(QUERIES.size()));
        get("catalogue: GET search", "/api/v1/catalogue?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        get("recommendations: GET", "/api/v1/recommendations");
        return latest;
    }

    private String latestSubmitted = "";
    private String openDraft;

    /** Re-assesses the latest assessment (or continues an open draft) through to its publication. */
    void reassess(String latest) throws Exception {
        String id = openDraft;
        if (id == null) {
            JsonNode started = send("reassess: POST start", "POST", "/api/v1/assessments",
                    latest == null ? "{}" : JSON.writeValueAsString(Map.of("previousAssessmentId", latest)));
            id = started.path("id").asText();
        }
        for (var answer : BenchmarkSupport.CHOICES.entrySet()) {
            send("autosave: PUT answer", "PUT", "/api/v1/assessments/" + id + "/answers/" + answer.getKey(),
                    JSON.writeValueAsString(Map.of("answer", answer.getValue())));
        }
        for (var rating : BenchmarkSupport.SCENARIOS.entrySet()) {
            send("autosave: PUT scenario", "PUT", "/api/v1/assessments/" + id + "/scenarios/" + rating.getKey(),
                    JSON.writeValueAsString(Map.of("level", rating.getValue())));
        }
        send("submit: POST submit", "POST", "/api/v1/assessments/" + id + "/submit", "");
        long submitted = System.nanoTime();
        while (true) {
            JsonNode detail = get(null, "/api/v1/assessments/" + id);
            if ("PUBLISHED".equals(detail.path("status").asText())) {
                latencies.record("submit→published (after submit)", System.nanoTime() - submitted);
                return;
            }
            if (System.nanoTime() - submitted > PUBLISH_TIMEOUT.toNanos()) {
                latencies.failed("submit→published (after submit)", "not published in " + PUBLISH_TIMEOUT);
                return;
            }
            Thread.sleep(50);
        }
    }

    private JsonNode get(String operation, String path) throws Exception {
        return send(operation, "GET", path, null);
    }

    private JsonNode send(String operation, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() / 100 != 2) {
            if (operation != null) {
                latencies.failed(operation, response.statusCode() + " " + abbreviate(response.body()));
            }
            throw new IOException(method + " " + path + ": " + response.statusCode() + " " + abbreviate(response.body()));
        }
        if (operation != null) {
            latencies.record(operation, elapsed);
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** A client-credentials token per client, fetched when missing or within a minute of expiring. */
    private String token() throws Exception {
        Token cached = TOKENS.get(clientId);
        if (cached != null && System.nanoTime() < cached.expiresAtNanos()) {
            return cached.value();
        }
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            latencies.failed("token: POST client credentials", response.statusCode() + " " + abbreviate(response.body()));
            throw new IOException("token for " + clientId + ": " + response.statusCode());
        }
        latencies.record("token: POST client credentials", elapsed);
        JsonNode json = JSON.readTree(response.body());
        long lifetime = Math.max(30, json.path("expires_in").asLong(600) - 60);
        Token token = new Token(json.path("access_token").asText(), System.nanoTime() + lifetime * 1_000_000_000L);
        TOKENS.put(clientId, token);
        return token.value();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
