package org.uplift.assessment.benchmark;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison.Available;
import org.uplift.assessment.benchmark.Comparison.TooFewPeers;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.organisation.SizeClass;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * The set-up the peer benchmark tests share: an authority that vouches, SMEs with complete profiles that submit
 * and publish MIIT assessments through the real services, and empty benchmark collections before each test.
 */
@SpringBootTest
abstract class PeerBenchmarkScenario {

    static final String FRAMEWORK = Assessments.MIIT;
    static final String VERSION = "2024";
    static final String DISTRICT = "330110";
    /** Q1 answers worth 0, 2, 4, 6 and 8 points. */
    static final List<List<String>> Q1 = List.of(List.of("A"), List.of("B"), List.of("B", "C"),
            List.of("B", "C", "D"), List.of("B", "C", "D", "E"));
    static final TooFewPeers NOTHING_RELEASED = new TooFewPeers(PeerBenchmarks.K);

    @Autowired
    PeerBenchmarks benchmarks;
    @Autowired
    SegmentAggregates aggregates;
    @Autowired
    ContributionChanges changes;
    @Autowired
    LegacyBenchmarkMigration migration;
    @Autowired
    Organisations organisations;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    Assessments assessments;
    @Autowired
    Vouches vouches;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;

    String authority;
    final List<String> smes = java.util.Collections.synchronizedList(new ArrayList<>());
    /** SME → its latest submitted assessment. */
    final Map<String, String> latest = new java.util.concurrent.ConcurrentHashMap<>();
    final List<BigDecimal> totals = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void no_benchmarks_yet() {
        mongo.dropCollection(ContributionChanges.CONTRIBUTIONS);
        mongo.dropCollection(SegmentAggregates.AGGREGATES);
        mongo.dropCollection(LegacyBenchmarkMigration.LEGACY);
        mongo.dropCollection(ContributionChanges.IN_FLIGHT);
        authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "杭州市经信局", DISTRICT, "周处长",
                "manager-" + UUID.randomUUID() + "@authority.cn", "Strong-pass-2024").getId();
    }

    /** A registered SME with a complete profile, not vouched for. */
    String unvouchedSme(String industry, String district) {
        String tenant = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州同行企业有限公司",
                TestCreditCodes.next(), district, industry, "陈经理", "owner-" + UUID.randomUUID() + "@example.cn",
                "Strong-pass-2024")).getId();
        TenantContext.runAs(tenant, () -> TestActors.asOwner("owner", () -> profiles.save(
                new CompanyProfileForm(industry, district, 120, new BigDecimal("8000"), "数控机床"))));
        return tenant;
    }

    String sme(String industry) {
        return sme(industry, DISTRICT);
    }

    String sme(String industry, String district) {
        String tenant = unvouchedSme(industry, district);
        vouch(tenant);
        smes.add(tenant);
        return tenant;
    }

    void vouch(String tenant) {
        TenantContext.runAs(authority, () -> vouches.vouch(tenant));
    }

    BigDecimal submit(String tenant, List<String> q1) {
        Assessment submitted = TenantContext.callAs(tenant, () -> {
            String id = TestActors.asOwner("owner", () -> assessments.start()).getId();
            TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", q1));
            return TestActors.asOwner("owner", () -> assessments.submit(id));
        });
        totals.add(submitted.getTotalScore());
        latest.put(tenant, submitted.getId());
        return submitted.getTotalScore();
    }

    void smesSubmit(int count, String industry) {
        for (int i = 0; i < count; i++) {
            submit(sme(industry), Q1.get(i % Q1.size()));
        }
    }

    void publish(String tenant, int level) {
        assertThat(TenantContext.callAs(tenant, () -> assessments.recordLevel(latest.get(tenant), level))).isTrue();
    }

    Map<Integer, Long> levels(Segment segment) {
        return benchmarks.statistics(FRAMEWORK, VERSION, segment).orElseThrow().levels();
    }

    SegmentStatistics live(Segment segment) {
        return aggregates.unreleased(FRAMEWORK, VERSION, segment).orElseThrow();
    }

    Comparison comparison(Segment segment) {
        return benchmarks.comparison(FRAMEWORK, VERSION, segment);
    }

    List<Document> stored(String collection) {
        return CrossTenantAccess.call("test", () -> mongo.findAll(Document.class, collection));
    }
}
