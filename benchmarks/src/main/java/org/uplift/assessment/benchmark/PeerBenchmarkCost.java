package org.uplift.assessment.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.FileSystemUtils;
import org.uplift.UpliftApplication;
import org.uplift.organisation.SizeClass;
import org.uplift.tenancy.TenantContext;

/**
 * What one submission costs the peer benchmarks when 100 and when 10,000 (or any) SMEs already contribute to the
 * same framework version, measured through {@link ContributionChanges#change}: the journal entry, the compare-and-set on
 * the SME's contribution, one conditional {@code $inc} per segment (all, industry, size, district), the
 * contribution completed, the release check. That is all a submission does in the benchmarks beyond reading the
 * assessment, profile and vouch it is about (three look-ups by key, independent of the number of SMEs).
 * <p>
 * Starts {@link UpliftApplication} in this JVM on its embedded defaults (MongoDB in memory, or on its durable H2
 * file with {@code -Dbench.mongo=file}; no demo data). Warms up on a framework version of its own, then, for each
 * size, fills a fresh framework version with that many vouched SMEs (synthetic tenants; six dimension scores of
 * 0–20 in whole points, or with {@code -Dbench.scores=uniform} with two decimals drawn uniformly, so that the
 * histograms fill as fast as they can: the worst case for their size), and measures
 * {@code samples} submissions of new SMEs and as many re-submissions of existing ones. Prints p50, p95 and mean,
 * the ratio of each size's p50 to the first size's, and the largest aggregate's size in bytes.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.assessment.benchmark.PeerBenchmarkCost [sizes] [samples]}
 * (defaults: {@code 100,10000} and 300). In {@code org.uplift.assessment.benchmark} for the package-private
 * {@code ContributionChanges.change}.
 */
public final class PeerBenchmarkCost {

    private static final String FRAMEWORK = "bench-framework";
    private static final String[] INDUSTRIES = {"C34", "C38", "C35", "C39", "C13", "C26"};
    private static final String[] DISTRICTS = {"330102", "330105", "330106", "330108", "330109", "330110", "330111",
            "330112", "330113", "330114"};

    private static final boolean UNIFORM = "uniform".equals(System.getProperty("bench.scores"));

    private final ContributionChanges changes;
    private final MongoTemplate mongo;
    private final Random random = new Random(2026);

    PeerBenchmarkCost(ConfigurableApplicationContext app) {
        this.changes = app.getBean(ContributionChanges.class);
        this.mongo = app.getBean(MongoTemplate.class);
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 10_000};
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dataDir = Files.createTempDirectory("uplift-peers-");
        System.out.printf("cores %d, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(UpliftApplication.class).run(
                "--server.port=0",
                "--uplift.data-dir=" + dataDir,
                "--uplift.mongo.embedded.file=" + ("file".equals(System.getProperty("bench.mongo"))
                        ? dataDir.resolve("mongo.mv").toString() : "mem:"),
                "--uplift.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        try {
            PeerBenchmarkCost driver = new PeerBenchmarkCost(app);
            driver.fill("warm-up", 2_000);
            driver.measure("warm-up", 2_000, samples);
            double first = 0;
            for (int size : sizes) {
                String version = "v" + size;
                long filling = System.nanoTime();
                driver.fill(version, size);
                System.out.printf(Locale.ROOT, "%,d SMEs filled in %.1f s (not measured); load average %s%n", size,
                        (System.nanoTime() - filling) / 1e9, loadAverage());
                double[] p50 = driver.measure(version, size, samples);
                if (first == 0) {
                    first = p50[0];
                }
                System.out.printf(Locale.ROOT, "  ratio of p50 to the first size's: new SME %.2f%n", p50[0] / first);
            }
        } finally {
            app.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** Contributions of SMEs {@code 0 .. count-1} of the version. */
    void fill(String version, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            submit(version, i);
            if ((i + 1) % 2_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d filled, %.1f ms each so far%n", i + 1,
                        (System.nanoTime() - start) / 1e6 / (i + 1));
            }
        }
    }

    /** Returns the p50 of new SMEs' submissions (ms) first, then of re-submissions. */
    double[] measure(String version, int existing, int samples) {
        List<Long> joining = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            submit(version, existing + i);
            joining.add(System.nanoTime() - start);
            int sme = random.nextInt(existing);
            start = System.nanoTime();
            submit(version, sme);
            again.add(System.nanoTime() - start);
        }
        if (!version.equals("warm-up")) {
            report("new SME", existing, joining);
            report("re-submission", existing, again);
            System.out.printf(Locale.ROOT, "  largest aggregate of the version: %,d bytes; one contribution: %,d bytes%n",
                    largestAggregate(version), oneContribution(version));
        }
        return new double[] {millis(percentile(joining, 50)), millis(percentile(again, 50))};
    }

    private void submit(String version, int sme) {
        String tenant = String.format(Locale.ROOT, "ent-bench-%07d", sme);
        ContributionState state = state(sme);
        TenantContext.runAs(tenant, () -> changes.change(FRAMEWORK, version, from -> state));
    }

    /** A fresh assessment of the SME: scores with two decimals, its fixed segments, a level. */
    private ContributionState state(int sme) {
        Map<String, Long> dimensions = new TreeMap<>();
        long total = 0;
        for (String dimension : List.of("D1", "D2", "D3", "D4", "D5", "D6")) {
            // 0.00 .. 20.00 in hundredths (-Dbench.scores=uniform: the histograms' worst case), or in whole points
            long score = UNIFORM ? random.nextInt(2_001) : 100L * random.nextInt(21);
            dimensions.put(dimension, score);
            total += score;
        }
        List<String> segments = List.of(Segment.ALL.toString(), Segment.industry(INDUSTRIES[sme % INDUSTRIES.length])
                .toString(), Segment.size(SizeClass.values()[sme % SizeClass.values().length]).toString(),
                Segment.district(DISTRICTS[sme % DISTRICTS.length]).toString());
        return new ContributionState("a-" + sme + "-" + random.nextInt(), new Date(), total, dimensions,
                random.nextInt(4), segments, true);
    }

    private long largestAggregate(String version) {
        return mongo.findAll(Document.class, SegmentAggregates.AGGREGATES).stream()
                .filter(d -> version.equals(d.getString("version"))).mapToLong(d -> d.toJson().length()).max()
                .orElse(0);
    }

    private long oneContribution(String version) {
        return TenantContext.callAs("ent-bench-0000000", () -> mongo.find(new org.springframework.data.mongodb.core
                .query.Query(), Document.class, ContributionChanges.CONTRIBUTIONS)).stream()
                .filter(d -> version.equals(d.getString("version"))).mapToLong(d -> d.toJson().length()).findFirst()
                .orElse(0);
    }

    private static void report(String what, int existing, List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        System.out.printf(Locale.ROOT, "%,d SMEs, %s (%d): p50 %.2f ms, p95 %.2f ms, mean %.2f ms, max %.2f ms%n",
                existing, what, sorted.size(), millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), mean,
                millis(sorted.get(sorted.size() - 1)));
    }

    static long percentile(List<Long> values, int p) {
        List<Long> ascending = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * ascending.size());
        return ascending.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
