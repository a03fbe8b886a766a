package org.uplift.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.uplift.benchmarks.city.CityGenerator;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Load over the running jar's real HTTP surface: C concurrent users, each an SME owner of a generated city
 * ({@code CityGenerator}) signing in with its API client ({@code city-sme-<n>}, client credentials) and visiting
 * over and over: the home page's data, the assessment list, the latest result, a catalogue search, the
 * recommendations; every {@code --reassess-every}-th visit also re-assesses (start, 31 autosaves, submit, then
 * polls until the journey published it). The visits go to {@code --clients} SMEs spread evenly over the city
 * (default 40), so each client's token is fetched once and reused for its 10 minutes, as a real client does;
 * user u only takes the clients j ≡ u (mod C), so two users never share a draft.
 * <p>
 * Not over HTTP: the Vaadin pages themselves. Their data comes from the same services these routes call
 * (organisation, inbox, assessments, catalogue, recommendations); the two page parts without an API route, the
 * peer comparison on the result page and the notification bell, are not measured here.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.benchmarks.load.HttpLoad --base=http://127.0.0.1:18090
 * --smes=2000 --users=1,4 --seconds=30 --pid=<the jar's pid>}
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:8080";
        int smes = 2000;
        int[] users = {1, 4};
        int seconds = 30;
        int warmUp = 10;
        int reassessEvery = 5;
        int clients = 40;
        Long pid = null;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--base=")) {
                base = value;
            } else if (arg.startsWith("--smes=")) {
                smes = Integer.parseInt(value);
            } else if (arg.startsWith("--users=")) {
                users = java.util.Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
            } else if (arg.startsWith("--seconds=")) {
                seconds = Integer.parseInt(value);
            } else if (arg.startsWith("--warm-up=")) {
                warmUp = Integer.parseInt(value);
            } else if (arg.startsWith("--reassess-every=")) {
                reassessEvery = Integer.parseInt(value);
            } else if (arg.startsWith("--clients=")) {
                clients = Integer.parseInt(value);
            } else if (arg.startsWith("--pid=")) {
                pid = Long.parseLong(value);
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String tokenUrl = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                URI.create(base + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString())
                .body()).path("token_endpoint").asText();
        AppMemory memory = new AppMemory(http, base, pid);
        System.out.printf(Locale.ROOT, "%s, %d SMEs, token endpoint %s; load average %s; app %s%n", base, smes, tokenUrl,
                loadAverage(), memory.describe());
        if (warmUp > 0) {
            run(http, base, tokenUrl, smes, clients, 1, warmUp, reassessEvery, new Latencies());
            System.out.printf(Locale.ROOT, "warm-up: 1 user for %d s (not reported)%n", warmUp);
        }
        for (int count : users) {
            Latencies latencies = new Latencies();
            String before = loadAverage();
            RunResult result = run(http, base, tokenUrl, smes, clients, count, seconds, reassessEvery, latencies);
            System.out.printf(Locale.ROOT, "%n== %d concurrent user%s for %d s: %d visits (%.2f visits/s), %d re-assessments;"
                    + " load average %s → %s%n", count, count == 1 ? "" : "s", seconds, result.visits(),
                    result.visits() / result.seconds(), result.reassessments(), before, loadAverage());
            latencies.print(result.seconds());
            System.out.printf("  app after the run: %s%n", memory.describe());
        }
    }

    record RunResult(long visits, long reassessments, double seconds) {
    }

    private static RunResult run(HttpClient http, String base, String tokenUrl, int smes, int clients, int users,
            int seconds, int reassessEvery, Latencies latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        AtomicLong visits = new AtomicLong();
        AtomicLong reassessments = new AtomicLong();
        long begin = System.nanoTime();
        long end = begin + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            workers.add(pool.submit(() -> {
                Random random = new Random(user * 7919L + System.nanoTime());
                int round = 0;
                while (System.nanoTime() < end) {
                    int mine = Math.max(1, (clients - user + users - 1) / users);
                    int client = user + users * random.nextInt(mine);
                    int n = 1 + (int) ((long) client * smes / Math.max(clients, users));
                    SmeSession session = new SmeSession(http, base, tokenUrl, "city-sme-" + n, CityGenerator.SECRET,
                            latencies);
                    try {
                        String latest = session.browse(random);
                        visits.incrementAndGet();
                        if (reassessEvery > 0 && ++round % reassessEvery == 0) {
                            session.reassess(latest);
                            reassessments.incrementAndGet();
                        }
                    } catch (Exception e) {
                        latencies.failed("visit", String.valueOf(e.getMessage()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new RunResult(visits.get(), reassessments.get(), (System.nanoTime() - begin) / 1e9);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
