package org.uplift.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.uplift.UpliftApplication;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Accounts;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.identity.SystemWork;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Load driver: how long after {@code Assessments.submit} returns an assessment is PUBLISHED, through the whole
 * application (the journey's asynchronous scoring job, the DMN level decision, recording the level, the peer
 * benchmarks). Starts {@link UpliftApplication} in this JVM on its embedded defaults (MongoDB in memory, Camunda
 * on an H2 file in a temporary directory, no demo data), registers SMEs whose owners answer a complete MIIT
 * assessment ({@link MiitAnswers}), then lets 1, 4, ... submitters submit them, each polling its assessment every
 * 2 ms until it is published. Registering and answering are not measured. Prints p50, p95 and max of the
 * latency, the throughput, and the heap used after the load.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.benchmarks.SubmitToPublished [submissions] [submitters,...]}
 * (defaults: 50 submissions, with 1 and with 4 submitters, after 10 unmeasured warm-up submissions);
 * {@code -Dbench.mongo=file} puts MongoDB on its durable H2 file as well, as the real embedded default does.
 */
public final class SubmitToPublished {

    private static final long POLL_MILLIS = 2;
    private static final long GIVE_UP_SECONDS = 120;
    private static final int WARM_UP = 10;
    private static final String PASSWORD = "Bench-pass-2026";

    private final Organisations organisations;
    private final Accounts accounts;
    private final CompanyProfiles profiles;
    private final Assessments assessments;
    private final AtomicLong sequence = new AtomicLong();

    record Draft(String tenantId, String ownerId, String assessmentId) {
    }

    record Sample(long submitNanos, long publishNanos) {
    }

    SubmitToPublished(ConfigurableApplicationContext app) {
        this.organisations = app.getBean(Organisations.class);
        this.accounts = app.getBean(Accounts.class);
        this.profiles = app.getBean(CompanyProfiles.class);
        this.assessments = app.getBean(Assessments.class);
    }

    public static void main(String[] args) throws Exception {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int[] submitters = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 4};
        Path dataDir = Files.createTempDirectory("uplift-load-");
        System.out.printf("cores %d, load average %s, data %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage(), dataDir);
        long startNanos = System.nanoTime();
        // As arguments: they win over application.yaml (default properties would not).
        ConfigurableApplicationContext app = new SpringApplicationBuilder(UpliftApplication.class).run(
                "--server.port=0",
                "--uplift.data-dir=" + dataDir,
                "--uplift.mongo.embedded.file=" + ("file".equals(System.getProperty("bench.mongo"))
                        ? dataDir.resolve("mongo.mv").toString() : "mem:"),
                "--uplift.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        System.out.printf("application started in %.1f s; MongoDB %s, Camunda %s%n", (System.nanoTime() - startNanos) / 1e9,
                app.getEnvironment().getProperty("uplift.mongo.embedded.file"),
                app.getEnvironment().getProperty("spring.datasource.url"));
        try {
            SubmitToPublished driver = new SubmitToPublished(app);
            driver.run("warm-up", WARM_UP, 1, false);
            for (int count : submitters) {
                driver.run(count == 1 ? "sequential" : count + " concurrent submitters", submissions, count, true);
            }
            System.gc();
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("heap after the load and a GC: used %d MB, committed %d MB%n", heap.getUsed() >> 20,
                    heap.getCommitted() >> 20);
        } finally {
            app.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    void run(String name, int submissions, int submitters, boolean report) throws Exception {
        long preparing = System.nanoTime();
        List<Draft> drafts = prepare(submissions);
        System.out.printf("%s: %d SMEs registered and answered in %.1f s (not measured); load average %s%n", name,
                submissions, (System.nanoTime() - preparing) / 1e9, loadAverage());
        ConcurrentLinkedQueue<Draft> queue = new ConcurrentLinkedQueue<>(drafts);
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(submitters);
        long begin = System.nanoTime();
        List<Future<?>> workers = IntStream.range(0, submitters).mapToObj(i -> pool.submit(() -> {
            for (Draft draft = queue.poll(); draft != null; draft = queue.poll()) {
                samples.add(submitAndAwait(draft));
            }
            return null;
        })).collect(java.util.stream.Collectors.toList());
        for (Future<?> worker : workers) {
            worker.get();
        }
        long wall = System.nanoTime() - begin;
        pool.shutdown();
        if (report) {
            report(name, samples, wall);
        }
    }

    private Sample submitAndAwait(Draft draft) {
        return TenantContext.callAs(draft.tenantId(), () -> {
            long start = System.nanoTime();
            SystemWork.run("load driver: the owner submits", () -> assessments.submit(draft.assessmentId()));
            long submitted = System.nanoTime();
            long deadline = submitted + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
            while (assessments.find(draft.assessmentId()).map(Assessment::getStatus)
                    .orElseThrow() != Assessment.Status.PUBLISHED) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Not published after " + GIVE_UP_SECONDS + " s: " + draft);
                }
                sleep(POLL_MILLIS);
            }
            return new Sample(submitted - start, System.nanoTime() - submitted);
        });
    }

    /** Registers SMEs and answers a complete assessment for each, two at a time. */
    private List<Draft> prepare(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Draft>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(this::answeredDraft));
            }
            List<Draft> drafts = new ArrayList<>();
            for (Future<Draft> future : futures) {
                drafts.add(future.get());
            }
            return drafts;
        } finally {
            pool.shutdown();
        }
    }

    private Draft answeredDraft() {
        long n = sequence.incrementAndGet();
        String email = "owner-" + n + "@load.bench";
        organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州压测制造有限公司 " + n, CreditCodes.next(n),
                "330110", n % 2 == 0 ? "C34" : "C38", "压测", email, PASSWORD));
        var owner = accounts.findForSignIn(email).orElseThrow();
        return TenantContext.callAs(owner.tenantId(), () -> {
            SystemWork.run("load driver: the owner's company profile", () -> profiles.save(new CompanyProfileForm(
                    n % 2 == 0 ? "C34" : "C38", "330110", 50 + (int) (n % 200), new BigDecimal("5000"), "通用设备")));
            String id = SystemWork.call("load driver: the owner starts", assessments::start).getId();
            SystemWork.run("load driver: the owner answers", () -> {
                MiitAnswers.EVIDENCE.forEach((question, fields) -> fields.forEach((field, value) ->
                        assessments.saveEvidence(id, question, field, value)));
                MiitAnswers.CHOICES.forEach((question, letters) -> assessments.saveAnswer(id, question, letters));
                MiitAnswers.SCENARIOS.forEach((scenario, rating) -> assessments.saveScenario(id, scenario, rating));
            });
            return new Draft(owner.tenantId(), owner.userId(), id);
        });
    }

    private static void report(String name, List<Sample> samples, long wallNanos) {
        List<Long> published = samples.stream().map(Sample::publishNanos).sorted(Comparator.naturalOrder()).toList();
        List<Long> submits = samples.stream().map(Sample::submitNanos).sorted(Comparator.naturalOrder()).toList();
        List<Long> totals = samples.stream().map(s -> s.submitNanos() + s.publishNanos())
                .sorted(Comparator.naturalOrder()).toList();
        System.out.printf(Locale.ROOT, "%s, %d submissions: submit-to-published p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                + " submit call p50 %.0f ms, p95 %.0f ms; both p50 %.0f ms, p95 %.0f ms;"
                + " throughput %.2f published/s; load average %s%n",
                name, samples.size(), millis(percentile(published, 50)), millis(percentile(published, 95)),
                millis(published.get(published.size() - 1)), millis(percentile(submits, 50)),
                millis(percentile(submits, 95)), millis(percentile(totals, 50)), millis(percentile(totals, 95)),
                samples.size() / (wallNanos / 1e9), loadAverage());
    }

    /** Nearest-rank percentile of ascending values. */
    static long percentile(List<Long> ascending, int p) {
        int rank = (int) Math.ceil(p / 100.0 * ascending.size());
        return ascending.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Valid unified social credit codes (GB 32100), distinct per number (each run starts on an empty database). */
    static final class CreditCodes {

        private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] BODY_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        static String next(long n) {
            String body = String.format("8%07d", n);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (body.charAt(i) - '0') * BODY_WEIGHTS[i];
            }
            int bodyCheck = 11 - sum % 11;
            String first17 = "91330110" + body + (bodyCheck == 10 ? 'X' : bodyCheck == 11 ? '0' : (char) ('0' + bodyCheck));
            int total = 0;
            for (int i = 0; i < 17; i++) {
                total += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
            }
            int check = 31 - total % 31;
            return first17 + CHARSET.charAt(check == 31 ? 0 : check);
        }
    }
}
