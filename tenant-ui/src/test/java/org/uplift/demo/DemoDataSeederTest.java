package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.assessment.benchmark.SegmentStatistics;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.scoring.AnswerCheck;
import org.uplift.identity.Accounts;
import org.uplift.marketplace.DemoCatalogue;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.CatalogueQuery;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.organisation.CreditCode;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.TenantContext;

/**
 * Demo data only on the embedded defaults (embedded MongoDB, loopback only), or where it is asked for
 * explicitly; the platform admin's password is never the published one; with it, synthetic peer SMEs
 * whose published assessments give the demo SME's industry a benchmark.
 */
@UpliftTest
@TestPropertySource(properties = "uplift.demo.peers=true")
class DemoDataSeederTest {

    static final String VERSION = "2024";

    @Autowired
    PeerBenchmarks benchmarks;
    @Autowired
    DemoPeers peers;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    Assessments assessments;
    @Autowired
    FrameworkCatalog frameworks;
    @Autowired
    DemoCredentials credentials;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Environment environment;
    @Autowired
    Vouches vouches;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ProviderPool pool;

    static boolean seeds(MockEnvironment environment) {
        return new DemoDataSeeder(environment, null, null, null, null, null, null, null).enabled();
    }

    static MockEnvironment listeningOn(String address) {
        return new MockEnvironment().withProperty("server.address", address);
    }

    @Test
    void the_embedded_defaults_get_demo_data() {
        assertThat(seeds(listeningOn("127.0.0.1"))).isTrue();
        assertThat(seeds(listeningOn("::1"))).isTrue();
    }

    @Test
    void the_shipped_configuration_listens_on_loopback_only() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(DemoDataSeeder.loopbackOnly(environment.getProperty("server.address"))).isTrue();
    }

    @Test
    void a_server_reachable_from_other_hosts_gets_none_unless_asked() {
        assertThat(seeds(new MockEnvironment())).as("no address: every interface").isFalse();
        assertThat(seeds(listeningOn("0.0.0.0"))).isFalse();
        assertThat(seeds(listeningOn("::"))).isFalse();
        assertThat(seeds(listeningOn("10.1.2.3"))).isFalse();
        assertThat(seeds(listeningOn("0.0.0.0").withProperty("uplift.demo.enabled", "true"))).isTrue();
    }

    @Test
    void an_external_mongodb_gets_none_unless_asked() {
        var external = listeningOn("127.0.0.1").withProperty("spring.data.mongodb.uri", "mongodb://db:27017/uplift");
        assertThat(seeds(external)).isFalse();
        assertThat(seeds(external.withProperty("uplift.demo.enabled", "true"))).isTrue();
    }

    @Test
    void switching_it_off_wins_on_the_embedded_defaults_too() {
        assertThat(seeds(listeningOn("127.0.0.1").withProperty("uplift.demo.enabled", "false"))).isFalse();
    }

    @Test
    void the_platform_admin_has_a_generated_password_and_never_the_published_one() {
        String generated = credentials.platformAdminPassword().orElseThrow();
        var admin = accounts.findForSignIn(DemoData.PLATFORM_ADMIN).orElseThrow();

        assertThat(passwords.matches(DemoData.PASSWORD, admin.passwordHash())).isFalse();
        assertThat(passwords.matches(generated, admin.passwordHash())).isTrue();
        assertThat(credentials.platformApiSecret().orElseThrow()).isNotEqualTo("demo-platform-secret")
                .isNotEqualTo(generated).hasSize(24);
        assertThat(new DemoCredentials().generate()).isNotEqualTo(new DemoCredentials().generate());
    }

    @Test
    void the_other_demo_logins_keep_the_published_password() {
        var owner = accounts.findForSignIn(DemoData.TENANTS.get(0).owner().email()).orElseThrow();
        assertThat(passwords.matches(DemoData.PASSWORD, owner.passwordHash())).isTrue();
    }

    @Test
    void peer_smes_come_with_the_demo_data_unless_switched_off() {
        var seeder = new DemoDataSeeder(new MockEnvironment(), null, null, null, null, null, null, null);
        assertThat(seeder.peersEnabled()).isTrue();
        var off = new DemoDataSeeder(new MockEnvironment().withProperty("uplift.demo.peers", "false"), null, null,
                null, null, null, null, null);
        assertThat(off.peersEnabled()).isFalse();
    }

    @Test
    void the_demo_smes_industry_and_all_smes_have_peers_to_compare_with_after_seeding() {
        String industry = DemoData.TENANTS.get(0).industry();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> DemoPeers.SMES.stream()
                .allMatch(sme -> submittedOnce(sme.ownerEmail())));
        SegmentStatistics all = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> benchmarks.statistics(Assessments.MIIT, VERSION, Segment.ALL), s -> s.isPresent())
                .orElseThrow();

        assertThat(benchmarks.comparison(Assessments.MIIT, VERSION, Segment.industry(industry)))
                .isInstanceOfSatisfying(Comparison.Available.class,
                        available -> assertThat(available.statistics().count()).isGreaterThanOrEqualTo(5));
        assertThat(all.count()).isBetween(PeerBenchmarks.K, DemoPeers.SMES.size());
        assertThat(all.levels().values()).as("no level count below K").allSatisfy(count ->
                assertThat(count).isGreaterThanOrEqualTo((long) PeerBenchmarks.K));
        assertThat(demoSmeAssessments()).as("the demo SME is left to take its own").isEmpty();
    }

    @Test
    void the_demo_authority_vouches_for_the_peers_and_the_demo_sme() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> DemoPeers.SMES.stream()
                .allMatch(sme -> submittedOnce(sme.ownerEmail())));
        assertThat(DemoPeers.SMES).allSatisfy(sme -> assertThat(vouches.isVouched(
                accounts.findForSignIn(sme.ownerEmail()).orElseThrow().tenantId())).isTrue());
        assertThat(vouches.isVouched(accounts.findForSignIn(DemoData.TENANTS.get(0).owner().email()).orElseThrow()
                .tenantId())).isTrue();
    }

    @Test
    void the_catalogue_holds_the_packages_of_the_three_admitted_demo_providers_and_not_the_applicants() {
        var page = catalogue.search(new CatalogueQuery(null, null, null, null, null, null, null, null, false, null,
                null, 0, 100));

        assertThat(page.total()).isEqualTo(DemoCatalogue.SIZE);
        assertThat(page.items().stream().map(CatalogueItem::providerTenantId).distinct()).hasSize(3)
                .allSatisfy(provider -> assertThat(pool.isAdmitted(provider)).isTrue());
        String applicant = organisations.providers().stream()
                .filter(o -> DemoData.APPLICANT_PROVIDER.equals(o.getCreditCode())).findFirst().orElseThrow().getId();
        assertThat(pool.isAdmitted(applicant)).isFalse();
    }

    @Test
    void seeding_again_changes_nothing() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> DemoPeers.SMES.stream()
                .allMatch(sme -> submittedOnce(sme.ownerEmail())));
        long tenants = organisations.count();

        peers.seedAll();

        assertThat(organisations.count()).isEqualTo(tenants);
        assertThat(DemoPeers.SMES).allSatisfy(sme -> assertThat(submittedOnce(sme.ownerEmail())).isTrue());
    }

    @Test
    void peer_smes_are_valid_distinct_registrations_with_plausible_answers() {
        assertThat(DemoPeers.SMES).allSatisfy(sme -> assertThat(CreditCode.isValid(sme.creditCode())).isTrue());
        assertThat(DemoPeers.SMES.stream().map(DemoPeers.PeerSme::creditCode).distinct()).hasSize(12);
        assertThat(DemoPeers.SMES.stream().filter(s -> s.industry().equals("C34"))).hasSize(6);
        assertThat(DemoPeers.SMES.stream().filter(s -> s.industry().equals("C38"))).hasSize(6);

        var framework = frameworks.latest(Assessments.MIIT).orElseThrow();
        var answers = DemoAnswers.draw(framework, 0.5, DemoPeers.SEED);
        AnswerCheck.check(framework, answers);
        assertThat(DemoAnswers.draw(framework, 0.5, DemoPeers.SEED)).isEqualTo(answers);
        assertThat(answers.choices()).hasSize((int) framework.questions().count());
        assertThat(answers.scenarios()).hasSize((int) framework.scenarios().count());
    }

    private boolean submittedOnce(String ownerEmail) {
        return accounts.findForSignIn(ownerEmail).map(owner -> TenantContext.callAs(owner.tenantId(),
                () -> assessments.history()).stream().filter(a -> !a.isDraft()).count() == 1).orElse(false);
    }

    private List<Assessment> demoSmeAssessments() {
        var owner = accounts.findForSignIn(DemoData.TENANTS.get(0).owner().email()).orElseThrow();
        return TenantContext.callAs(owner.tenantId(), () -> assessments.history());
    }
}
