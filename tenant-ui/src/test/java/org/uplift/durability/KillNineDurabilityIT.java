package org.uplift.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Acknowledged means on disk: the application runs in a child JVM on a file-backed data dir, takes
 * writes through its API (MongoDB documents and a Camunda step), is killed with SIGKILL right after the
 * last acknowledgement, and a new JVM on the same data dir must still have every one of them.
 */
class KillNineDurabilityIT {

    private static final int BURST = 300;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final String PROFILE = """
            {"industryCode":"C34","districtCode":"330110","employees":180,"annualRevenue":26500.5,
             "mainProducts":"精密数控机床主轴"}""";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Child> children = new ArrayList<>();

    @RegisterExtension
    final TestWatcher printLogsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            children.forEach(c -> System.out.println("[durability] tail of " + c.log() + ":\n" + c.logTail()));
        }
    };

    @TempDir
    Path dataDir;

    @AfterEach
    void destroy_children() throws InterruptedException {
        for (Child child : children) {
            child.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledged_writes_and_a_committed_process_step_survive_kill_minus_nine() throws Exception {
        Child first = start("first");
        assertThat(dataDir.resolve("mongo.mv")).as("MongoDB is file-backed in the data dir").isRegularFile();
        String token = first.token("demo-enterprise-api", "demo-enterprise-secret");

        List<String> acknowledged = new ArrayList<>();
        String lastSecret = null;
        long burstStart = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            JsonNode created = first.call("POST", "/api/v1/api-clients", token,
                    "{\"name\":\"durable-" + i + "\",\"roles\":[\"ENTERPRISE_MEMBER\"]}", 201);
            acknowledged.add(created.get("clientId").asText());
            lastSecret = created.get("clientSecret").asText();
        }
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
        // The process step goes last, so it is as young as can be when the JVM dies.
        JsonNode saved = first.call("PUT", "/api/v1/company-profile", token, PROFILE, 200);
        assertThat(first.taskKeys(token)).contains("startFirstAssessment").doesNotContain("completeCompanyProfile");
        String platformSecret = first.platformApiSecret();
        first.killMinusNine();
        System.out.printf("[durability] burst: %d acknowledged writes in %.2f s = %.1f writes/s%n", BURST,
                burstSeconds, BURST / burstSeconds);
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        Child second = start("second");
        String again = second.token("demo-enterprise-api", "demo-enterprise-secret");
        List<String> listed = StreamSupport.stream(second.call("GET", "/api/v1/api-clients", again, null, 200)
                .spliterator(), false).map(c -> c.get("clientId").asText()).toList();
        System.out.printf("[durability] after restart: %d of %d acknowledged clients listed%n",
                acknowledged.stream().filter(listed::contains).count(), BURST);
        assertThat(listed).as("every acknowledged client survived").containsAll(acknowledged);
        assertThat(listed.stream().filter("demo-enterprise-api"::equals)).as("demo data seeded once").hasSize(1);
        assertThat(listed).hasSize(BURST + 1);
        assertThat(second.token(acknowledged.get(BURST - 1), lastSecret)).as("last client can sign in").isNotBlank();

        JsonNode profile = second.call("GET", "/api/v1/company-profile", again, null, 200);
        for (String field : List.of("id", "industryCode", "districtCode", "employees", "annualRevenue",
                "mainProducts")) {
            assertThat(profile.get(field)).as(field).isEqualTo(saved.get(field));
        }
        assertThat(second.taskKeys(again)).as("the Camunda step survived")
                .contains("startFirstAssessment").doesNotContain("completeCompanyProfile");
        second.printMemory(platformSecret);
    }

    private Child start(String name) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "kill-nine-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        // The main code's classpath without test outputs: the platform-core test-jar carries an
        // application.properties that would put MongoDB in memory.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("test-classes") && !e.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, "org.uplift.UpliftApplication",
                "--server.port=" + port, "--uplift.data-dir=" + dataDir, "--uplift.demo.enabled=true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Child child = new Child(process, port, log);
        children.add(child);
        long begin = System.nanoTime();
        try {
            await().atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(child::ready);
        } catch (Throwable notReady) {
            throw new AssertionError("child '" + name + "' not ready:\n" + child.logTail(), notReady);
        }
        System.out.printf("[durability] %s JVM (pid %d) ready in %.1f s, VmRSS %s%n", name, process.pid(),
                (System.nanoTime() - begin) / 1e9, child.rss());
        return child;
    }

    /** One application JVM: its process, port and log, and the API calls the test makes on it. */
    private record Child(Process process, int port, Path log) {

        boolean ready() {
            if (!process.isAlive()) {
                throw new IllegalStateException("child JVM exited with " + process.exitValue());
            }
            try {
                var response = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        JsonNode call(String method, String path, String token, String body, int expected) throws Exception {
            var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as(() -> method + " " + path + ": " + response.body() + "\n" + logTail()).isEqualTo(expected);
            return JSON.readTree(response.body());
        }

        void killMinusNine() throws Exception {
            String rssBeforeKill = rss();
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -9 sent").isTrue();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("child JVM gone").isTrue();
            System.out.println("[durability] VmRSS right before kill -9: " + rssBeforeKill);
        }

        String token(String clientId, String secret) throws Exception {
            String endpoint = call("GET", "/.well-known/openid-configuration", null, null, 200)
                    .get("token_endpoint").asText();
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("token for %s: %s", clientId, response.body()).isEqualTo(200);
            return JSON.readTree(response.body()).get("access_token").asText();
        }

        List<String> taskKeys(String token) throws Exception {
            return StreamSupport.stream(call("GET", "/api/v1/tasks", token, null, 200).spliterator(), false)
                    .map(t -> t.get("definitionKey").asText()).toList();
        }

        /** A measurement only: never fails the test. */
        /** The platform API client's secret, generated at seeding and printed once in the log. */
        String platformApiSecret() throws IOException {
            var printed = java.util.regex.Pattern.compile("API client demo-platform-api secret (\\S+)")
                    .matcher(Files.readString(log, StandardCharsets.UTF_8));
            return printed.find() ? printed.group(1) : null;
        }

        void printMemory(String platformSecret) {
            String heap;
            try {
                String admin = token("demo-platform-api", platformSecret);
                heap = String.format("%.1f MB", call("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", admin,
                        null, 200).get("measurements").get(0).get("value").asDouble() / (1024 * 1024));
            } catch (Exception | AssertionError unavailable) {
                heap = "n/a";
            }
            System.out.printf("[durability] after restart: VmRSS %s, heap used %s%n", rss(), heap);
        }

        String rss() {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).trim()).findFirst().orElse("n/a");
            } catch (IOException e) {
                return "n/a";
            }
        }

        String logTail() {
            try {
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
