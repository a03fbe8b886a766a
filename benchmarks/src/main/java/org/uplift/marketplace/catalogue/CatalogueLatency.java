package org.uplift.marketplace.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.UpliftApplication;
import org.uplift.benchmarks.BenchmarkSupport;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Accounts;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.DemoCatalogue;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.recommendation.PackageRecommendations;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Catalogue search and "recommended for you" latency with 1,000 and 10,000 (or any) published packages, in
 * one run so the growth ratio compares like with like. In the catalogue's package for its package-private
 * projection ({@link CatalogueEntry}).
 * <p>
 * Starts {@link UpliftApplication} in this JVM on its embedded defaults (MongoDB in memory, Lucene index in
 * memory, no demo data). Registers 20 providers admitted to the pool and publishes, through
 * {@link SolutionPackages#publish} (the first 50; the rest in bulk, see {@link #fillTo}), variations of the 33 demo packages: the name gets a district and an edition number, the price
 * and cost lines a whole multiple (1–5). Registers one SME whose owner answers a complete MIIT assessment
 * ({@link MiitAnswers}) and submits it; the journey publishes it with its improvement plan. Then, for each
 * size (filling up to it), measures {@code samples} calls of each case after as many warm-up calls, and prints
 * p50, p95 and mean per case and the ratio of each size's p50 to the first size's.
 * <p>
 * Cases: Chinese words (质量, 设备管理, 一个字 能), mixed Chinese/English (MES 生产), English (quality, warehouse),
 * each without and with filters (category or scenario, price range, deployment, subsidy-eligible), the
 * unfiltered catalogue sorted by price (no text), and the SME's recommendations.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.marketplace.catalogue.CatalogueLatency [sizes] [samples]}
 * (defaults: {@code 1000,10000} and 200).
 */
public final class CatalogueLatency {

    private static final String PASSWORD = "Bench-pass-2026";
    private static final int PROVIDERS = 20;
    private static final int REAL_PUBLISHES = 50;
    private static final String[] DISTRICTS = {"上城", "拱墅", "西湖", "滨江", "萧山", "余杭", "临平", "钱塘", "富阳", "临安",
            "桐庐", "淳安", "建德"};

    private final Organisations organisations;
    private final Accounts accounts;
    private final ProviderPool pool;
    private final SolutionPackages packages;
    private final Catalogue catalogue;
    private final PackageRecommendations recommendations;
    private final Assessments assessments;
    private final MongoTemplate mongo;
    private final java.time.Clock clock;
    private final List<PackageContent> demo = DemoCatalogue.contents();
    private final List<String> providers = new ArrayList<>();
    private int published;
    private String smeTenantId;

    CatalogueLatency(ConfigurableApplicationContext app) {
        this.organisations = app.getBean(Organisations.class);
        this.accounts = app.getBean(Accounts.class);
        this.pool = app.getBean(ProviderPool.class);
        this.packages = app.getBean(SolutionPackages.class);
        this.catalogue = app.getBean(Catalogue.class);
        this.recommendations = app.getBean(PackageRecommendations.class);
        this.assessments = app.getBean(Assessments.class);
        this.mongo = app.getBean(MongoTemplate.class);
        this.clock = app.getBean(java.time.Clock.class);
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000};
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dataDir = Files.createTempDirectory("uplift-catalogue-");
        System.out.printf("cores %d, max heap %d MB, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(UpliftApplication.class).run(
                "--server.port=0",
                "--uplift.data-dir=" + dataDir,
                "--uplift.mongo.embedded.file=mem:",
                "--uplift.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
        try {
            CatalogueLatency driver = new CatalogueLatency(app);
            driver.registerProviders();
            driver.publishedSme();
            Map<String, Double> firstP50 = new LinkedHashMap<>();
            for (int size : sizes) {
                long filling = System.nanoTime();
                driver.fillTo(size);
                System.out.printf(Locale.ROOT, "%n== %d published packages (filled in %.1f s, not measured); load average %s%n",
                        size, (System.nanoTime() - filling) / 1e9, loadAverage());
                for (var entry : driver.cases().entrySet()) {
                    Stats stats = measure(entry.getValue(), samples);
                    firstP50.putIfAbsent(entry.getKey(), stats.p50());
                    System.out.printf(Locale.ROOT, "%-44s p50 %7.2f ms  p95 %7.2f ms  mean %7.2f ms  hits %6d  ratio %.2f%n",
                            entry.getKey(), stats.p50(), stats.p95(), stats.mean(), stats.hits(),
                            stats.p50() / firstP50.get(entry.getKey()));
                }
            }
        } finally {
            app.close();
        }
    }

    /** The measured calls, each returning how many it found. */
    private Map<String, Supplier<Long>> cases() {
        Map<String, Supplier<Long>> cases = new LinkedHashMap<>();
        search(cases, "zh 质量", CatalogueQuery.text("质量"));
        search(cases, "zh 质量 + category, price, SaaS", CatalogueQuery.text("质量").withCategory(SolutionCategory.QUALITY)
                .withPrice(1_000_000L, 30_000_000L).withDeployment(Deployment.SAAS));
        search(cases, "zh 设备管理", CatalogueQuery.text("设备管理"));
        search(cases, "zh 设备管理 + scenario SC08, subsidy", CatalogueQuery.text("设备管理").withScenario("SC08")
                .withSubsidyEligible(true));
        search(cases, "zh single character 能", CatalogueQuery.text("能"));
        search(cases, "mixed MES 生产", CatalogueQuery.text("MES 生产"));
        search(cases, "en quality", CatalogueQuery.text("quality"));
        search(cases, "en warehouse + price, sort price", CatalogueQuery.text("warehouse").withPrice(null, 50_000_000L)
                .sortedBy(CatalogueSort.PRICE_ASC));
        search(cases, "no text, all, sort price", CatalogueQuery.all().sortedBy(CatalogueSort.PRICE_ASC));
        search(cases, "no text, page 10 of scenario SC07", CatalogueQuery.all().withScenario("SC07").page(10, 20));
        cases.put("recommended for you (top 10)", () -> TenantContext.callAs(smeTenantId,
                () -> SystemWork.call("benchmark: the SME's recommendations",
                        () -> (long) recommendations.forCurrentSme(PackageRecommendations.DEFAULT_LIMIT).orElseThrow()
                                .packages().size())));
        return cases;
    }

    private void search(Map<String, Supplier<Long>> cases, String name, CatalogueQuery query) {
        cases.put(name, () -> catalogue.search(query).total());
    }

    record Stats(double p50, double p95, double mean, long hits) {
    }

    private static Stats measure(Supplier<Long> call, int samples) {
        for (int i = 0; i < samples; i++) {
            call.get();
        }
        long[] nanos = new long[samples];
        long hits = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            hits = call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Stats(millis(percentile(nanos, 50)), millis(percentile(nanos, 95)),
                millis((long) Arrays.stream(nanos).average().orElse(0)), hits);
    }

    private void registerProviders() {
        for (int p = 0; p < PROVIDERS; p++) {
            String email = "provider-" + p + "@catalogue.bench";
            var organisation = organisations.register(new Registration(TenantKind.PROVIDER, "杭州压测数字科技有限公司 " + p,
                    BenchmarkSupport.creditCode(900_000 + p), "330106", null, "王顾问", email, PASSWORD));
            TenantContext.runAs(organisation.getId(), () -> SystemWork.run("benchmark: the pool admits",
                    () -> pool.admit(organisation.getId(), null, "压测准入")));
            providers.add(organisation.getId());
        }
    }

    /**
     * Adds variations of the demo packages until the catalogue holds {@code size}: the first {@value #REAL_PUBLISHES}
     * through {@link SolutionPackages#publish} (the path providers take), the rest written to the catalogue's
     * projection in bulk and indexed by {@link Catalogue#rebuild()}, as at start-up: what a search or a
     * recommendation reads is the same, and a publish costs ~0.2 s on this loaded machine, too slow for 10,000.
     */
    private void fillTo(int size) {
        List<CatalogueEntry> batch = new ArrayList<>();
        while (published < size) {
            int n = published;
            PackageContent content = variation(demo.get(n % demo.size()), n);
            String provider = providers.get(n % providers.size());
            if (n < REAL_PUBLISHES) {
                TenantContext.runAs(provider, () -> SystemWork.run("benchmark: publish",
                        () -> packages.publish(packages.create(content).getId())));
            } else {
                var entry = new CatalogueEntry(new ObjectId().toHexString(), provider);
                entry.show("杭州压测数字科技有限公司 " + providers.indexOf(provider), 1, content, clock.instant(), true,
                        clock.instant());
                batch.add(entry);
            }
            published++;
        }
        if (!batch.isEmpty()) {
            mongo.insertAll(batch);
            catalogue.rebuild();
        }
    }

    private static PackageContent variation(PackageContent c, int n) {
        long factor = 1 + n % 5;
        String edition = "（" + DISTRICTS[n % DISTRICTS.length] + "版 " + (n / 33 + 1) + "）";
        List<CostLine> lines = c.costLines().stream()
                .map(l -> new CostLine(l.category(), l.amountFen() * factor, l.description())).toList();
        return new PackageContent(c.nameZh() + edition, c.nameEn() == null ? null : c.nameEn() + " #" + (n / 33 + 1),
                c.summaryZh(), c.summaryEn(), c.descriptionZh(), c.descriptionEn(), c.category(), c.frameworkId(),
                c.dimensions(), c.scenarios(), c.priceFen() * factor, c.priceCoversZh(), c.priceCoversEn(), lines,
                c.deliveryDays(), c.deployments(), c.referenceCases());
    }

    /** An SME whose complete MIIT assessment the journey has published (with its improvement plan). */
    private void publishedSme() throws InterruptedException {
        String email = "owner@catalogue.bench";
        organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州压测制造有限公司", BenchmarkSupport.creditCode(950_000), "330110", "C34", "压测", email, PASSWORD));
        var owner = accounts.findForSignIn(email).orElseThrow();
        smeTenantId = owner.tenantId();
        String id = TenantContext.callAs(smeTenantId, () -> SystemWork.call("benchmark: the owner answers and submits",
                () -> {
                    String draft = assessments.start().getId();
                    BenchmarkSupport.CHOICES.forEach((question, letters) -> assessments.saveAnswer(draft, question, letters));
                    BenchmarkSupport.EVIDENCE.forEach((question, fields) -> fields.forEach((field, value) ->
                            assessments.saveEvidence(draft, question, field, value)));
                    BenchmarkSupport.SCENARIOS.forEach((scenario, rating) -> assessments.saveScenario(draft, scenario, rating));
                    return assessments.submit(draft).getId();
                }));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (TenantContext.callAs(smeTenantId, () -> SystemWork.call("benchmark: wait for the result",
                () -> assessments.find(id).orElseThrow().getStatus())) != Assessment.Status.PUBLISHED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The SME's assessment was not published in 120 s");
            }
            Thread.sleep(100);
        }
        var plan = TenantContext.callAs(smeTenantId, () -> SystemWork.call("benchmark: the plan",
                () -> assessments.find(id).orElseThrow()));
        System.out.printf("SME assessment published: level %s, %d plan steps%n", plan.getLevel(),
                plan.getRecommendations().size());
    }

    static long percentile(long[] ascending, int p) {
        int rank = (int) Math.ceil(p / 100.0 * ascending.length);
        return ascending[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
