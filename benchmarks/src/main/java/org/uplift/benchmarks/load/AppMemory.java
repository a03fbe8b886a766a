package org.uplift.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The application's memory: resident set from {@code /proc/<pid>/status} (when the pid is given and on this
 * machine) and the JVM heap used and committed from {@code /actuator/prometheus} (open without a token).
 */
final class AppMemory {

    private final HttpClient http;
    private final String base;
    private final Long pid;

    AppMemory(HttpClient http, String base, Long pid) {
        this.http = http;
        this.base = base;
        this.pid = pid;
    }

    String describe() {
        return String.format(Locale.ROOT, "RSS %s, heap used %s MB of %s MB committed", rss(), heap("jvm_memory_used_bytes"),
                heap("jvm_memory_committed_bytes"));
    }

    private String rss() {
        if (pid == null) {
            return "? (no --pid)";
        }
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.substring(6).trim()).findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private String heap(String metric) {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
            double bytes = text.lines().filter(line -> line.startsWith(metric + "{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            return String.format(Locale.ROOT, "%.0f", bytes / (1 << 20));
        } catch (IOException | RuntimeException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
