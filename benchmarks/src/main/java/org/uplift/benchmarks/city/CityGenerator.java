package org.uplift.benchmarks.city;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.bson.types.ObjectId;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.uplift.UpliftApplication;
import org.uplift.assessment.benchmark.GeneratedBenchmarks;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.benchmarks.BenchmarkSupport;
import org.uplift.demo.CityAnswers;
import org.uplift.identity.Membership;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.identity.UserAccount;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.organisation.Organisation;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.workflows.maturity.MaturityLevels;
import org.uplift.workflows.onboarding.Onboarding;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * Fills a data directory (the embedded MongoDB's durable file and Camunda's H2 file, as the jar uses them) or any
 * MongoDB by URI with a city: N SMEs (default 50,000) with their people, profiles, published assessments,
 * notifications, API clients and peer benchmarks, M providers (default 200) admitted to one authority's pool with
 * their published packages. Starts {@link UpliftApplication} in this JVM on the target, so the indexes, the
 * frameworks and Camunda's schema are the platform's own, then writes below the tenancy layer in
 * {@code insertMany} batches (see {@link BulkWriter}); every password hash and client secret hash is computed once.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.benchmarks.city.CityGenerator --smes=2000 --data-dir=city}
 * then {@code UPLIFT_DATA_DIR=city java -jar tenant-ui/target/uplift.jar}. Every generated person signs in with
 * {@value #PASSWORD}; API clients {@code city-sme-<n>} (owner of SME n, 1…N) and {@code city-provider-<m>} (admin,
 * 0…M-1) have the secret {@value #SECRET}. The authority's two programmes are opened and a share of the
 * engagements applied retrospectively and was rejected at once ({@link CityProgrammes}). Not generated: open
 * subsidy applications, open quote rounds and assessment drafts (each would need its waiting Camunda process: a
 * draft's {@code maturity-assessment} journey waits at <i>Answer the assessment</i> and moves on to scoring and the
 * level only when the submission completes that task).
 */
public final class CityGenerator {

    public static final String PASSWORD = "Uplift-demo-2026";
    public static final String SECRET = "city-secret-2026";

    public static void main(String[] args) throws Exception {
        CitySettings settings = CitySettings.parse(args);
        System.out.printf(Locale.ROOT, "city: %d SMEs, %d providers × %d packages, seed %d, into %s; load average %s%n",
                settings.smes(), settings.providers(), settings.packagesPerProvider(), settings.seed(),
                settings.mongoUri() != null ? settings.mongoUri() : settings.dataDir(), loadAverage());
        long started = System.nanoTime();
        run(settings);
        System.out.printf(Locale.ROOT, "done in %.1f s; data directory %s: %s; load average %s%n", seconds(started),
                settings.dataDir(), size(settings.dataDir()), loadAverage());
    }

    /** Starts the application on the target, generates the city, closes the application; the documents written. */
    static Map<String, Long> run(CitySettings settings) {
        long started = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(UpliftApplication.class)
                .run(settings.springArguments().toArray(String[]::new));
        System.out.printf(Locale.ROOT, "application started in %.1f s%n", seconds(started));
        try {
            CityGenerator generator = new CityGenerator(app, settings);
            generator.generate();
            return Map.copyOf(generator.writer.written());
        } finally {
            app.close();
        }
    }

    private final ConfigurableApplicationContext app;
    private final CitySettings settings;
    private final BulkWriter writer;
    private final Framework framework;
    private final List<LevelThreshold> thresholds;
    private final PasswordEncoder passwords;
    private final Instant now;
    private final ZoneId zone;

    private CityGenerator(ConfigurableApplicationContext app, CitySettings settings) {
        this.app = app;
        this.settings = settings;
        MongoDatabase raw = app.getBean(MongoClient.class).getDatabase(app.getBean(MongoTemplate.class).getDb().getName());
        this.writer = new BulkWriter(raw, app.getBean(MongoConverter.class), settings.batchSize());
        this.framework = app.getBean(FrameworkCatalog.class).latest("miit-2024").orElseThrow();
        this.thresholds = app.getBean(MaturityLevels.class).thresholds(framework.id(), framework.version());
        this.passwords = app.getBean(PasswordEncoder.class);
        this.now = app.getBean(Clock.class).instant();
        this.zone = app.getBean(SubsidyProperties.class).zone();
    }

    private void generate() {
        if (app.getBean(MongoTemplate.class).getCollection("organisations").countDocuments() > 0) {
            throw new IllegalStateException("The target already holds organisations: generate into an empty one");
        }
        long begin = System.nanoTime();
        String passwordHash = passwords.encode(PASSWORD);
        String secretHash = passwords.encode(SECRET);
        GeneratedBenchmarks benchmarks = new GeneratedBenchmarks(framework.id(), framework.version());
        Random random = new Random(settings.seed());
        String authority = authority(passwordHash);
        SmeWriter smes = new SmeWriter(writer, framework, thresholds, benchmarks, passwordHash, secretHash, authority,
                new CityMix(), now);
        checkLevelsAgainstTheDecisionTable(smes, random);
        MarketWriter market = new MarketWriter(writer, providers(passwordHash, secretHash, authority, random), now);
        smes.market(market);
        System.out.printf(Locale.ROOT, "%d providers and %d packages written in %.1f s%n", settings.providers(),
                settings.providers() * settings.packagesPerProvider(), seconds(begin));

        OnboardingHistory onboarding = new OnboardingHistory(app.getBean(Onboarding.class),
                app.getBean(TaskService.class), app.getBean(DataSource.class));
        long smesBegin = System.nanoTime();
        long assessments = 0;
        int[] levels = new int[5];
        int every = Math.max(1000, settings.smes() / 20);
        for (int n = 1; n <= settings.smes(); n++) {
            SmeWriter.Written sme = smes.write(n, random);
            assessments += sme.assessments();
            levels[sme.level()]++;
            if (n == 1) {
                writer.flushAll();
                onboarding.runFor(sme.tenantId(), sme.ownerUserId(), sme.name());
                System.out.printf("first SME %s (%s), owner owner.1@city.bench, API client %s1%n", sme.tenantId(),
                        sme.name(), SmeWriter.CLIENT_PREFIX);
            } else {
                onboarding.copyFor(new OnboardingHistory.Finished(sme.tenantId(), sme.registeredAt(), sme.onboardedAt()));
            }
            if (n % every == 0) {
                double s = seconds(smesBegin);
                System.out.printf(Locale.ROOT, "%,d SMEs (%,d assessments, %,d documents) in %.1f s: %.0f SMEs/s;"
                        + " load average %s%n", n, assessments, writer.total(), s, n / s, loadAverage());
            }
        }
        writer.flushAll();
        onboarding.flush();
        long subsidyBegin = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(now, zone);
        CityProgrammes programmes = new CityProgrammes(app.getBean(Programmes.class),
                app.getBean(SubsidyApplications.class), zone);
        int applications = programmes.rejectRetrospective(market.engaged(), programmes.open(authority, today), today,
                random);
        System.out.printf(Locale.ROOT, "2 programmes opened, %,d retrospective applications rejected, in %.1f s%n",
                applications, seconds(subsidyBegin));
        int segments = benchmarks.writeAggregates(app.getBean(MongoClient.class)
                .getDatabase(app.getBean(MongoTemplate.class).getDb().getName()).getCollection("benchmark_aggregates"));
        System.out.printf(Locale.ROOT, "%,d SMEs, %,d published assessments (levels 0–4: %d / %d / %d / %d / %d),"
                + " %d peer segments, %,d onboarding histories copied, in %.1f s (%.0f SMEs/s)%n", settings.smes(),
                assessments, levels[0], levels[1], levels[2], levels[3], levels[4], segments, onboarding.copied(),
                seconds(smesBegin), settings.smes() / seconds(smesBegin));
        System.out.printf(Locale.ROOT, "evidence files: %.1f MB; quote rounds %,d, engagements %,d%n",
                smes.evidenceBytes() / 1e6, market.rounds(), market.engagements());
        writer.written().forEach((collection, count) -> System.out.printf(Locale.ROOT, "  %-26s %,10d%n", collection, count));
    }

    /** The city's authority (vouches for the SMEs, runs the provider pool) and its programme manager. */
    private String authority(String passwordHash) {
        String tenantId = "aut-city-" + Long.toHexString(settings.seed());
        writer.entity(Fields.construct(Organisation.class, new Class<?>[] {String.class, TenantKind.class, String.class,
                String.class, String.class, String.class, Instant.class}, tenantId, TenantKind.AUTHORITY,
                "杭州市经济和信息化局（城市数据）", BenchmarkSupport.creditCode(6_000_000L), "330102", null,
                now.minus(Duration.ofDays(900))));
        UserAccount manager = new UserAccount("manager@authority.city.bench", "周处长", passwordHash,
                now.minus(Duration.ofDays(900)));
        String id = new ObjectId().toHexString();
        writer.entity(SmeWriter.owned(Fields.set(manager, "id", id), tenantId));
        writer.entity(SmeWriter.owned(new Membership(id, EnumSet.of(Role.PROGRAMME_MANAGER), manager.getCreatedAt()),
                tenantId));
        return tenantId;
    }

    private List<ProviderWriter.Listed> providers(String passwordHash, String secretHash, String authority,
            Random random) {
        ProviderWriter providers = new ProviderWriter(writer, passwordHash, secretHash, now);
        List<ProviderWriter.Provider> written = new java.util.ArrayList<>();
        for (int m = 0; m < settings.providers(); m++) {
            written.add(providers.provider(m, random));
        }
        writer.flushAll();
        ProviderPool pool = app.getBean(ProviderPool.class);
        for (ProviderWriter.Provider provider : written) {
            TenantContext.runAs(provider.tenantId(), () -> SystemWork.run("city generator: the pool admits",
                    () -> pool.admit(provider.tenantId(), authority, "城市数据：入库")));
        }
        int n = 0;
        List<ProviderWriter.Listed> listed = new java.util.ArrayList<>();
        for (ProviderWriter.Provider provider : written) {
            for (int k = 0; k < settings.packagesPerProvider(); k++) {
                listed.add(providers.publish(provider, n++, random));
            }
        }
        writer.flushAll();
        return listed;
    }

    /** The levels are the decision table's: the first answer sets are levelled both ways and must agree. */
    private void checkLevelsAgainstTheDecisionTable(SmeWriter smes, Random random) {
        MaturityLevels table = app.getBean(MaturityLevels.class);
        Random draws = new Random(random.nextLong());
        for (int i = 0; i < 40; i++) {
            var score = Scoring.score(framework, CityAnswers.draw(framework, draws.nextDouble(), draws.nextLong()));
            Integer decided = table.level(framework.id(), framework.version(), score).orElse(0);
            if (decided != smes.level(score)) {
                throw new IllegalStateException("Level " + smes.level(score) + " but the decision table says "
                        + decided + " for " + score);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }
}
