package org.uplift.marketplace.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.identity.TestActors;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.quote.QuoteFixture;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/** A provider's client list follows what its SMEs share, ask and agree, and forgets an SME that withdrew. */
@SpringBootTest
class ProviderClientsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProviderClients clients;
    @Autowired
    ClientWrites writes;
    @Autowired
    ClientBackfill backfill;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentShares shares;
    @Autowired
    EngagementMilestones milestones;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MongoTemplate mongo;

    QuoteFixture f;
    Provider provider;
    Sme sme;

    @BeforeEach
    void anAdmittedProviderAndAnSme() {
        f = new QuoteFixture(context);
        provider = f.market.admittedProvider();
        sme = f.sme();
    }

    Optional<ProviderClient> clientOf(Provider p, Sme s) {
        return f.market.asConsultant(p, () -> clients.find(s.tenantId()));
    }

    List<ProviderClient> listOf(Provider p) {
        return f.market.asAdmin(p, () -> clients.page(0, ProviderClients.MAX_SIZE)).items();
    }

    String sharedAssessment() {
        String assessmentId = f.asOwner(sme, () -> assessments.start().getId());
        f.asOwner(sme, () -> shares.share(assessmentId, provider.tenantId(), false));
        return assessmentId;
    }

    void revoke(String assessmentId) {
        TenantContext.runAs(sme.tenantId(), () -> TestActors.asOwner(sme.owner().userId(),
                () -> shares.revoke(assessmentId, provider.tenantId())));
    }

    @Test
    void an_sme_that_shares_an_assessment_appears_and_its_published_level_with_it() {
        String assessmentId = sharedAssessment();

        ProviderClient client = clientOf(provider, sme).orElseThrow();
        assertThat(client.getSmeName()).isEqualTo(sme.name());
        assertThat(client.latestSharedAssessmentId()).contains(assessmentId);
        assertThat(client.level()).isEmpty();
        assertThat(client.openQuoteCount()).isZero();
        assertThat(listOf(provider)).extracting(ProviderClient::getSmeTenantId).containsExactly(sme.tenantId());

        TenantContext.runAs(sme.tenantId(), () -> events.publishEvent(
                new AssessmentPublished(sme.tenantId(), assessmentId, Assessments.MIIT, "2024", 2)));

        assertThat(clientOf(provider, sme).orElseThrow().level()).contains(2);
    }

    @Test
    void a_revoked_share_without_quotes_or_engagements_removes_the_client() {
        String assessmentId = sharedAssessment();

        revoke(assessmentId);

        assertThat(clientOf(provider, sme)).isEmpty();
        assertThat(listOf(provider)).isEmpty();
    }

    @Test
    void a_revocation_keeps_an_sme_that_asked_for_a_quote_but_takes_its_assessment_and_level_away() {
        String assessmentId = sharedAssessment();
        TenantContext.runAs(sme.tenantId(), () -> events.publishEvent(
                new AssessmentPublished(sme.tenantId(), assessmentId, Assessments.MIIT, "2024", 3)));
        f.requested(sme, provider);

        revoke(assessmentId);

        ProviderClient client = clientOf(provider, sme).orElseThrow();
        assertThat(client.getShares()).isEmpty();
        assertThat(client.level()).isEmpty();
        assertThat(client.openQuoteCount()).isEqualTo(1);
    }

    @Test
    void open_quotes_are_counted_until_one_is_accepted_and_the_engagement_follows_to_completion() {
        Provider other = f.market.admittedProvider();
        QuoteRequest request = f.requested(sme, provider, other);
        String quoteId = f.quoteIdOf(request, provider);
        assertThat(clientOf(provider, sme).orElseThrow().openQuoteCount()).isEqualTo(1);
        assertThat(clientOf(other, sme).orElseThrow().getQuotes()).containsOnlyKeys(f.quoteIdOf(request, other));

        f.market.asConsultant(provider, () -> f.quotes.answer(quoteId, TestQuotes.answer()));
        assertThat(clientOf(provider, sme).orElseThrow().getQuotes().get(quoteId).status())
                .isEqualTo(QuoteStatus.ANSWERED);
        assertThat(clientOf(provider, sme).orElseThrow().openQuoteCount()).isEqualTo(1);

        f.asOwner(sme, () -> f.requests.accept(request.getId(), quoteId));

        ProviderClient chosen = clientOf(provider, sme).orElseThrow();
        assertThat(chosen.openQuoteCount()).isZero();
        assertThat(chosen.getEngagements()).containsOnlyKeys(quoteId);
        assertThat(chosen.getEngagements().get(quoteId).status()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(chosen.latestEngagementId()).contains(quoteId);
        ProviderClient notChosen = clientOf(other, sme).orElseThrow();
        assertThat(notChosen.openQuoteCount()).isZero();
        assertThat(notChosen.getEngagements()).isEmpty();

        for (int i = 0; i < 2; i++) {
            int index = i;
            f.market.asConsultant(provider, () -> milestones.deliver(quoteId, index, "已交付", List.of()));
            f.asOwner(sme, () -> milestones.confirm(quoteId, index));
        }
        f.asOwner(sme, () -> milestones.complete(quoteId));

        assertThat(clientOf(provider, sme).orElseThrow().getEngagements().get(quoteId).status())
                .isEqualTo(EngagementStatus.COMPLETED);
    }

    @Test
    void a_provider_never_lists_the_smes_of_another_provider() {
        Provider other = f.market.admittedProvider();
        sharedAssessment();
        f.requested(sme, provider);

        assertThat(listOf(other)).isEmpty();
        assertThat(clientOf(other, sme)).isEmpty();
    }

    @Test
    void events_landing_at_once_lose_no_quote() throws Exception {
        String smeId = "sme-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture.allOf(IntStream.range(0, 40).mapToObj(i -> CompletableFuture.runAsync(() -> writes.quote(
                    provider.tenantId(), smeId, "并发企业", "quote-" + i, "request-" + i, QuoteStatus.OPEN,
                    Instant.now()), pool)).toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdown();
        }

        ProviderClient client = f.market.asConsultant(provider, () -> clients.find(smeId)).orElseThrow();
        assertThat(client.openQuoteCount()).isEqualTo(40);
    }

    @Test
    void the_back_fill_rebuilds_lists_from_existing_shares_quotes_and_engagements_and_running_it_again_changes_nothing() {
        String assessmentId = sharedAssessment();
        QuoteRequest request = f.requested(sme, provider);
        String quoteId = f.quoteIdOf(request, provider);
        f.market.asConsultant(provider, () -> f.quotes.answer(quoteId, TestQuotes.answer()));
        f.asOwner(sme, () -> f.requests.accept(request.getId(), quoteId));
        ProviderClient before = clientOf(provider, sme).orElseThrow();
        // as if the list had not existed yet
        TenantContext.runAs(provider.tenantId(), () -> mongo.remove(new org.springframework.data.mongodb.core.query.Query(),
                ProviderClient.class));
        assertThat(clientOf(provider, sme)).isEmpty();

        backfill.run();
        ProviderClient rebuilt = clientOf(provider, sme).orElseThrow();
        backfill.run();

        assertThat(rebuilt.getSmeName()).isEqualTo(sme.name());
        assertThat(rebuilt.getShares()).containsOnlyKeys(assessmentId);
        assertThat(rebuilt.getQuotes()).containsOnlyKeys(quoteId);
        assertThat(rebuilt.getEngagements().get(quoteId).status()).isEqualTo(EngagementStatus.ACTIVE);
        ProviderClient again = clientOf(provider, sme).orElseThrow();
        assertThat(again.getShares()).isEqualTo(rebuilt.getShares());
        assertThat(again.getQuotes()).isEqualTo(rebuilt.getQuotes());
        assertThat(again.getEngagements()).isEqualTo(rebuilt.getEngagements());
        assertThat(again.getQuotes().get(quoteId).status()).isEqualTo(before.getQuotes().get(quoteId).status());
        assertThat(again.level()).isEqualTo(before.level());
        assertThat(mongo.findById(ClientBackfill.MIGRATION, CompletedMigration.class)).isNotNull();
    }

    @Test
    void only_the_providers_people_read_the_list_and_a_bad_page_is_named() {
        assertThatThrownBy(() -> f.asOwner(sme, () -> clients.page(0, 20)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("clients", ProviderClients.PROVIDERS_ONLY)));
        assertThatThrownBy(() -> f.market.asAdmin(provider, () -> clients.page(-1, 0)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("page", "size"));
        assertThat(f.market.asConsultant(provider, () -> clients.page(0, 1)).total()).isZero();
    }
}
