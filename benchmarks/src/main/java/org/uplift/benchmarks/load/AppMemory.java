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
 * The application's memory, when its pid is given and it runs on this machine: the resident set from
 * {@code /proc/<pid>/status} and the heap from {@code jcmd <pid> GC.heap_info} (used and committed, no GC forced);
 * without a pid, the heap from {@code /actuator/prometheus} if that answers without a token.
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
        if (pid != null) {
            return "RSS " + rss() + ", heap " + jcmdHeap();
        }
        return String.format(Locale.ROOT, "heap used %s MB of %s MB committed", heap("jvm_memory_used_bytes"),
                heap("jvm_memory_committed_bytes"));
    }

    /** The first line of {@code GC.heap_info}: e.g. "garbage-first heap total 327680K, used 95000K". */
    private String jcmdHeap() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            return out.lines().filter(line -> line.contains("heap") && line.contains("total")).findFirst()
                    .map(line -> line.trim().replaceAll("\\s+", " ")).orElse("?");
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
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
