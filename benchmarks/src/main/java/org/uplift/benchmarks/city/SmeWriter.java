package org.uplift.benchmarks.city;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.benchmark.GeneratedBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.recommendation.ImprovementPlan;
import org.uplift.assessment.scoring.AnswerCheck;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.benchmarks.BenchmarkSupport;
import org.uplift.demo.CityAnswers;
import org.uplift.identity.ApiClient;
import org.uplift.identity.Membership;
import org.uplift.identity.Role;
import org.uplift.identity.UserAccount;
import org.uplift.notification.Notification;
import org.uplift.organisation.CompanyProfile;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.District;
import org.uplift.organisation.Industry;
import org.uplift.organisation.Organisation;
import org.uplift.tenancy.TenantKind;

/**
 * One generated SME and everything it owns after some time on the platform: the organisation, its owner and
 * 0–2 members, the company profile, 1–3 published MIIT assessments (answers drawn like the demo peers' for a
 * maturity that grows with size and with each re-assessment, checked by {@link AnswerCheck}, scored by
 * {@link Scoring}, levelled by the framework's own gates, with the improvement plan the journey stores), the
 * notifications the platform sent (welcome, each result), an API client of the owner, the authority's vouch
 * (most SMEs), its peer-benchmark contribution and, for a share, evidence files ({@link EvidenceWriter}) and
 * quote rounds with engagements ({@link MarketWriter}).
 */
final class SmeWriter {

    record Written(String tenantId, String ownerUserId, String name, Instant registeredAt, Instant onboardedAt,
            int assessments, int level) {
    }

    static final String CLIENT_PREFIX = "city-sme-";
    static final double VOUCHED_SHARE = 0.9;

    private final BulkWriter writer;
    private final Framework framework;
    private final List<LevelThreshold> thresholds;
    private final GeneratedBenchmarks benchmarks;
    private final String passwordHash;
    private final String secretHash;
    private final String authorityTenantId;
    private final CityMix mix;
    private final Instant now;
    private final EvidenceWriter evidence;
    private MarketWriter market;
    private final List<String> questions;
    private long evidenceBytes;

    SmeWriter(BulkWriter writer, Framework framework, List<LevelThreshold> thresholds, GeneratedBenchmarks benchmarks,
            String passwordHash, String secretHash, String authorityTenantId, CityMix mix, Instant now) {
        this.writer = writer;
        this.framework = framework;
        this.thresholds = thresholds;
        this.benchmarks = benchmarks;
        this.passwordHash = passwordHash;
        this.secretHash = secretHash;
        this.authorityTenantId = authorityTenantId;
        this.mix = mix;
        this.now = now;
        this.evidence = new EvidenceWriter(writer);
        this.questions = framework.questions().map(q -> q.key()).toList();
    }

    void market(MarketWriter market) {
        this.market = market;
    }

    long evidenceBytes() {
        return evidenceBytes;
    }

    Written write(int n, Random random) {
        Industry industry = mix.industry(random);
        District district = mix.district(random);
        int employees = mix.employees(random);
        BigDecimal revenue = mix.revenue(random, employees);
        String tenantId = "ent-" + new java.util.UUID(random.nextLong(), random.nextLong()).toString().substring(0, 13);
        String name = CityNames.sme(random, industry);
        Instant registeredAt = now.minus(Duration.ofMinutes(60L * 24 * 30 + random.nextInt(60 * 24 * 700)));

        writer.entity(Fields.construct(Organisation.class, new Class<?>[] {String.class, TenantKind.class, String.class,
                String.class, String.class, String.class, Instant.class}, tenantId, TenantKind.ENTERPRISE, name,
                BenchmarkSupport.creditCode(n), district.code(), industry.code(), registeredAt));
        String ownerId = user(tenantId, "owner." + n + "@city.bench", CityNames.person(random),
                EnumSet.of(Role.ENTERPRISE_OWNER), registeredAt);
        int members = random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        for (int m = 1; m <= members; m++) {
            user(tenantId, "member" + m + "." + n + "@city.bench", CityNames.person(random),
                    EnumSet.of(Role.ENTERPRISE_MEMBER), registeredAt.plus(Duration.ofDays(m)));
        }
        ApiClient client = Fields.construct(ApiClient.class, new Class<?>[] {String.class, String.class, String.class,
                Set.class, Instant.class, String.class}, CLIENT_PREFIX + n, "城市数据接口", secretHash,
                EnumSet.of(Role.ENTERPRISE_OWNER), registeredAt.plus(Duration.ofDays(2)), ownerId);
        writer.entity(owned(client, tenantId));

        Instant profiledAt = registeredAt.plus(Duration.ofHours(2 + random.nextInt(48)));
        CompanyProfile profile = Fields.construct(CompanyProfile.class,
                new Class<?>[] {CompanyProfileForm.class, Instant.class},
                new CompanyProfileForm(industry.code(), district.code(), employees, revenue, CityNames.products(industry)),
                profiledAt);
        writer.entity(owned(profile, tenantId));
        notification(tenantId, ownerId, "notification.welcome", List.of(name), "profile", registeredAt, true);

        boolean vouched = random.nextDouble() < VOUCHED_SHARE;
        if (vouched) {
            writer.document("organisation_vouches", new Document("_id", tenantId)
                    .append("authorityTenantId", authorityTenantId)
                    .append("vouchedAt", Date.from(profiledAt.plus(Duration.ofDays(3)))));
        }

        int count = mix.assessments(random);
        double maturity = mix.maturity(random, profile.sizeClass());
        Duration span = Duration.between(profiledAt, now).minusDays(1);
        Instant startedAt = profiledAt.plus(Duration.ofSeconds((long) (span.toSeconds() * (0.05 + 0.2 * random.nextDouble()))));
        Duration step = Duration.between(startedAt, now).dividedBy(count + 1);
        Instant onboardedAt = startedAt;
        String previous = null;
        Assessment latest = null;
        List<String> segments = Segment.of(Optional.of(profile)).stream().map(Segment::toString).toList();
        for (int k = 0; k < count; k++) {
            Assessment assessment = assessment(tenantId, ownerId, previous, startedAt, maturity,
                    random.nextLong(), random);
            writer.entity(assessment);
            notification(tenantId, ownerId, "notification.assessmentPublished",
                    List.of(String.valueOf(assessment.getLevel())), "assessments/" + assessment.getId() + "/result",
                    assessment.getUpdatedAt(), k < count - 1 || random.nextBoolean());
            previous = assessment.getId();
            latest = assessment;
            startedAt = startedAt.plus(step);
            maturity = Math.min(0.95, maturity + 0.04 + 0.06 * random.nextDouble());
        }
        if (market != null) {
            market.maybeAsk(tenantId, name, ownerId, latest.getUpdatedAt(), random);
        }
        if (random.nextDouble() < EvidenceWriter.SHARE) {
            evidenceBytes += evidence.write(tenantId, latest.getId(), ownerId, latest.getStartedAt(), questions, random);
        }
        writer.document("benchmark_contributions", benchmarks.contribution(tenantId, latest.getId(),
                Date.from(latest.getSubmittedAt()), latest.getTotalScore(), latest.getDimensionScores(),
                latest.getLevel(), segments, vouched, 2 * count));
        return new Written(tenantId, ownerId, name, registeredAt, onboardedAt, count, latest.getLevel());
    }

    private Assessment assessment(String tenantId, String ownerId, String previous, Instant startedAt, double maturity,
            long seed, Random random) {
        Answers answers = CityAnswers.draw(framework, maturity, seed);
        AnswerCheck.check(framework, answers);
        Score score = Scoring.score(framework, answers);
        int level = level(score);
        Instant submittedAt = startedAt.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 14)));
        Assessment assessment = Fields.blank(Assessment.class);
        Fields.set(assessment, "id", new ObjectId().toHexString());
        Fields.set(assessment, "tenantId", tenantId);
        Fields.set(assessment, "frameworkId", framework.id());
        Fields.set(assessment, "frameworkVersion", framework.version());
        Fields.set(assessment, "status", Assessment.Status.PUBLISHED);
        Fields.set(assessment, "previousAssessmentId", previous);
        Fields.set(assessment, "startedBy", ownerId);
        Fields.set(assessment, "startedAt", startedAt);
        Fields.set(assessment, "updatedAt", submittedAt.plusSeconds(2));
        Fields.set(assessment, "submittedBy", ownerId);
        Fields.set(assessment, "submittedAt", submittedAt);
        Fields.set(assessment, "answers", new HashMap<>(answers.choices()));
        Fields.set(assessment, "scenarioRatings", new HashMap<>(answers.scenarios()));
        Fields.set(assessment, "evidence", new HashMap<>(answers.evidence()));
        Fields.set(assessment, "totalScore", score.totalScore());
        Fields.set(assessment, "dimensionScores", new HashMap<>(score.dimensionScores()));
        Fields.set(assessment, "level", level);
        Fields.set(assessment, "recommendations",
                new ArrayList<>(ImprovementPlan.recommend(framework, answers, score, level, thresholds)));
        // one autosave per answer, the submission and the recorded level each moved the version on
        Fields.set(assessment, "version", (long) (answers.choices().size() + answers.scenarios().size()
                + answers.evidence().values().stream().mapToInt(Map::size).sum() + 2));
        return assessment;
    }

    /** The highest level whose two gates the score passes (0 = none), as the {@code maturity-level} table decides. */
    int level(Score score) {
        int level = 0;
        for (LevelThreshold gate : thresholds) {
            boolean passes = score.totalScore().compareTo(gate.minScore()) >= 0
                    && score.scenariosAtLeast().getOrDefault(gate.level(), 0) >= gate.minScenarios()
                    && score.constrainedScenariosAtLeast().getOrDefault(gate.level(), 0) >= gate.minConstrained();
            if (passes) {
                level = Math.max(level, gate.level());
            }
        }
        return level;
    }

    private String user(String tenantId, String username, String displayName, Set<Role> roles, Instant at) {
        UserAccount user = new UserAccount(username, displayName, passwordHash, at);
        String id = new ObjectId().toHexString();
        Fields.set(user, "id", id);
        writer.entity(owned(user, tenantId));
        writer.entity(owned(Fields.set(new Membership(id, roles, at), "id", new ObjectId().toHexString()), tenantId));
        return id;
    }

    private void notification(String tenantId, String recipient, String key, List<String> arguments, String link,
            Instant at, boolean read) {
        Notification notification = Fields.construct(Notification.class, new Class<?>[] {String.class, String.class,
                List.class, String.class, Instant.class}, recipient, key, arguments, link, at);
        if (read) {
            Fields.set(notification, "readAt", at.plus(Duration.ofHours(3)));
        }
        writer.entity(owned(Fields.set(notification, "id", new ObjectId().toHexString()), tenantId));
    }

    static <T> T owned(T entity, String tenantId) {
        return Fields.set(entity, "tenantId", tenantId);
    }

    static BigDecimal yuanTenThousands(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
