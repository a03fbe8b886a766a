package org.uplift.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak in dev mode, from the distribution Maven unpacked into {@code target/keycloak}
 * ({@code -Dkeycloak.home}), run on its own JDK ({@code -Dkeycloak.java-home}, Keycloak 26 needs 21+),
 * with an in-memory database and the committed realm {@code keycloak/uplift-realm.json} imported at
 * start-up. The realm's placeholders ({@code ${UPLIFT_...}}) are filled from the environment given
 * to {@link #start}. Its output goes to {@code target/keycloak-it.log}.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "uplift";
    static final Path LOG = Path.of("target", "keycloak-it.log");

    private final Path home;
    private final Path javaHome;
    private final int port = freePort();
    private final int managementPort = freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    KeycloakServer() {
        this.home = Path.of(required("keycloak.home"));
        this.javaHome = Path.of(required("keycloak.java-home"));
    }

    String url() {
        return "http://localhost:" + port;
    }

    String issuerUri() {
        return url() + "/realms/" + REALM;
    }

    /** Starts Keycloak and returns once the realm's discovery document is served. */
    void start(Map<String, String> realmEnvironment, Duration timeout) throws IOException, InterruptedException {
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        try (var resource = KeycloakServer.class.getResourceAsStream("/keycloak/uplift-realm.json")) {
            Files.copy(resource, imports.resolve("uplift-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(LOG.toAbsolutePath().getParent());
        var builder = new ProcessBuilder(List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--hostname-strict=false",
                "--db=dev-mem", "--import-realm", "--cache=local"))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        builder.environment().putAll(realmEnvironment);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        // Small enough for a shared 2-core machine; Keycloak's default asks for a share of all memory.
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        var discovery = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + LOG);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Keycloak did not serve the realm within " + timeout + "; see " + LOG);
    }

    /** Stops Keycloak and whatever its start script started. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        var descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set: run this test through failsafe "
                    + "(tenant-ui/pom.xml unpacks Keycloak and sets it)");
        }
        return value;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
