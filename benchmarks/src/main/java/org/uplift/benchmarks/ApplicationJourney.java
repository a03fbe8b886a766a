package org.uplift.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.uplift.UpliftApplication;
import org.uplift.benchmarks.journey.BareEngineJourney;
import org.uplift.benchmarks.journey.Journey;
import org.uplift.benchmarks.journey.PlatformJourney;

/**
 * Load driver: the subsidy application journey (apply → district recommendation → expert review → senior review when
 * routed → offer accepted: REGISTERED, waiting in implementation) through the running platform (demo data and
 * people, MongoDB in memory, job executor off, async steps run by the driver) against the same BPMN on a bare
 * in-memory Camunda engine with no-op delegates, in the same JVM. For each thread count: journeys/s and p50/p95 per
 * journey for both, and the ratio. Any journey that does not reach REGISTERED fails the run (exit code non-zero).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.benchmarks.ApplicationJourney [journeys] [threads,...]}
 * (defaults: 100 journeys with 1 and 2 threads, after an unmeasured warm-up of 20 on each).
 */
public final class ApplicationJourney {

    private ApplicationJourney() {
    }

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Exception | Error failed) {
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(String[] args) throws Exception {
        int journeys = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int[] threads = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        Path dataDir = Files.createTempDirectory("uplift-journey-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(UpliftApplication.class).run(
                "--server.port=0", "--uplift.data-dir=" + dataDir, "--uplift.mongo.embedded.file=mem:",
                "--uplift.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try (BareEngineJourney bare = new BareEngineJourney(app.getBean(Clock.class))) {
            PlatformJourney platform = new PlatformJourney(app);
            AtomicInteger numbers = new AtomicInteger();
            round("platform", platform, numbers, 20, 2, false);
            round("bare", bare, numbers, 20, 2, false);
            for (int n : threads) {
                Result p = round("platform", platform, numbers, journeys, n, true);
                Result b = round("bare", bare, numbers, journeys, n, true);
                System.out.printf("%d threads: platform/bare = %.1f× slower (journeys/s %.1f vs %.1f)%n", n,
                        b.perSecond() / p.perSecond(), p.perSecond(), b.perSecond());
            }
        } finally {
            app.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static Result round(String name, Journey journey, AtomicInteger numbers, int journeys, int threads,
            boolean print) throws Exception {
        int first = numbers.getAndAdd(journeys);
        for (int i = 0; i < journeys; i++) {
            journey.prepare(first + i);
        }
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < journeys; i = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    journey.run(first + i);
                    latencies.add(System.nanoTime() - began);
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Result result = new Result(journeys, (System.nanoTime() - start) / 1e9, latencies);
        if (print) {
            System.out.printf("%-8s %d threads: %d journeys in %.2f s = %.1f journeys/s, p50 %.1f ms, p95 %.1f ms%n",
                    name, threads, journeys, result.seconds(), result.perSecond(), result.percentile(50),
                    result.percentile(95));
        }
        return result;
    }

    private record Result(int journeys, double seconds, List<Long> latencies) {

        double perSecond() {
            return journeys / seconds;
        }

        double percentile(int p) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }
    }
}
