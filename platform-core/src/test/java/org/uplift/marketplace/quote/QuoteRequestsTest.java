package org.uplift.marketplace.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class QuoteRequestsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Engagements engagements;
    @Autowired
    Notifications notifications;

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).contains(tuple(field, key)));
    }

    List<String> noticesOf(String tenantId, String userId) {
        return TenantContext.callAs(tenantId, () -> notifications.recent(userId, 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    @Test
    void each_asked_provider_gets_its_own_quote_and_never_sees_the_other_providers() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Provider b = f.market.admittedProvider();
        Sme sme = f.sme();

        QuoteRequest request = f.requested(sme, a, b);

        assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.getOffers()).extracting(Offer::getProviderTenantId, Offer::getStatus)
                .containsExactly(tuple(a.tenantId(), QuoteStatus.OPEN), tuple(b.tenantId(), QuoteStatus.OPEN));
        String quoteOfA = f.quoteIdOf(request, a);
        String quoteOfB = f.quoteIdOf(request, b);
        assertThat(f.market.asConsultant(a, f.quotes::open)).extracting(Quote::getId).containsExactly(quoteOfA);
        assertThat(f.market.asConsultant(a, () -> f.quotes.find(quoteOfB))).isEmpty();
        assertThat(f.market.asConsultant(b, f.quotes::open)).extracting(Quote::getId).containsExactly(quoteOfB);
        assertThat(f.market.asConsultant(a, () -> f.quotes.find(quoteOfA)).orElseThrow().getSmeName())
                .isEqualTo(sme.name());
        assertThat(noticesOf(a.tenantId(), a.consultant().userId())).contains(QuoteNotices.NEW_REQUEST);
    }

    @Test
    void an_sme_never_sees_another_smes_quote_requests() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Sme sme = f.sme();
        Sme other = f.sme();
        QuoteRequest request = f.requested(sme, a);

        assertThat(f.asOwner(other, () -> f.requests.find(request.getId()))).isEmpty();
        assertThat(f.asOwner(other, f.requests::mine)).isEmpty();
        assertRefused(() -> f.asOwner(other, () -> f.requests.accept(request.getId(), f.quoteIdOf(request, a))), "id",
                QuoteRequests.UNKNOWN);
    }

    @Test
    void a_request_on_a_catalogue_package_records_its_published_version() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        SolutionPackage pkg = f.market.published(a, content("设备管理平台", 3_000_000, scenario("SC08", 2)));
        Sme sme = f.sme();

        QuoteRequest request = f.asOwner(sme, () -> f.requests.request(pkg.getId(), null, List.of(a.tenantId())));

        assertThat(request.getNeed()).isEqualTo(new QuoteNeed(pkg.getId(), 1, "设备管理平台", null));
        assertThat(f.market.asConsultant(a, f.quotes::open).get(0).getNeed().packageVersion()).isEqualTo(1);
        assertRefused(() -> f.asOwner(sme, () -> f.requests.request("no-such-package", null, List.of(a.tenantId()))),
                "packageId", QuoteRequests.UNKNOWN_PACKAGE);
    }

    @Test
    void a_member_drafts_but_only_the_owner_sends() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Sme sme = f.sme();

        QuoteRequest draft = f.asMember(sme, "member-1", () -> f.requests.draft(null, "需要排产系统", List.of(a.tenantId())));
        assertThat(draft.getStatus()).isEqualTo(RequestStatus.DRAFT);
        assertRefused(() -> f.asMember(sme, "member-1", () -> f.requests.send(draft.getId())), "providerTenantIds",
                QuoteRequests.OWNER_SENDS);
        assertThat(f.market.asConsultant(a, f.quotes::open)).isEmpty();

        assertThat(f.asOwner(sme, () -> f.requests.send(draft.getId())).getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(f.market.asConsultant(a, f.quotes::open)).hasSize(1);
    }

    @Test
    void providers_outside_the_pool_none_or_more_than_three_are_refused_and_nothing_is_saved() {
        QuoteFixture f = new QuoteFixture(context);
        Provider notAdmitted = f.market.provider();
        Sme sme = f.sme();
        List<String> four = List.of(f.market.admittedProvider().tenantId(), f.market.admittedProvider().tenantId(),
                f.market.admittedProvider().tenantId(), f.market.admittedProvider().tenantId());

        assertRefused(() -> f.requested(sme, notAdmitted), "providerTenantIds", QuoteRequests.PROVIDER_NOT_ADMITTED);
        assertRefused(() -> f.asOwner(sme, () -> f.requests.request(null, "x", four)), "providerTenantIds",
                QuoteRequests.PROVIDER_COUNT);
        assertRefused(() -> f.asOwner(sme, () -> f.requests.request(null, " ", List.of())), "description",
                "validation.required");
        assertThat(f.asOwner(sme, f.requests::mine)).isEmpty();
        assertThat(f.market.asConsultant(notAdmitted, f.quotes::recent)).isEmpty();
    }

    @Test
    void a_bad_price_is_refused_on_its_field_and_the_quote_stays_open_on_both_sides() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Sme sme = f.sme();
        QuoteRequest request = f.requested(sme, a);
        String quoteId = f.quoteIdOf(request, a);

        assertRefused(() -> f.market.asConsultant(a, () -> f.quotes.answer(quoteId,
                TestQuotes.answer(1, TestQuotes.answer().costLines()))), "totalFen", QuoteRules.LINES_SUM);
        assertRefused(() -> f.market.asConsultant(a, () -> f.quotes.decline(quoteId, "  ")), "reason",
                ProviderQuotes.REASON_REQUIRED);

        assertThat(f.market.asConsultant(a, () -> f.quotes.find(quoteId)).orElseThrow().getStatus())
                .isEqualTo(QuoteStatus.OPEN);
        assertThat(f.reload(sme, request.getId()).getOffers().get(0).getStatus()).isEqualTo(QuoteStatus.OPEN);
    }

    @Test
    void an_sme_cannot_answer_and_an_answered_quote_cannot_be_answered_again() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Sme sme = f.sme();
        String quoteId = f.quoteIdOf(f.requested(sme, a), a);

        assertRefused(() -> f.asOwner(sme, () -> f.quotes.answer(quoteId, TestQuotes.answer())), "id",
                ProviderQuotes.PROVIDERS_ANSWER);
        f.market.asConsultant(a, () -> f.quotes.answer(quoteId, TestQuotes.answer()));
        assertRefused(() -> f.market.asAdmin(a, () -> f.quotes.decline(quoteId, "改主意了")), "id",
                ProviderQuotes.NOT_OPEN);
    }

    @Test
    void the_owner_accepts_one_answer_the_others_close_and_the_engagement_is_visible_to_both_parties_only() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Provider b = f.market.admittedProvider();
        Provider c = f.market.admittedProvider();
        Sme sme = f.sme();
        QuoteRequest request = f.requested(sme, a, b, c);
        String quoteOfA = f.quoteIdOf(request, a);
        f.market.asConsultant(a, () -> f.quotes.answer(quoteOfA, TestQuotes.answer()));
        f.market.asConsultant(b, () -> f.quotes.decline(f.quoteIdOf(request, b), "本季度产能已满"));

        QuoteRequest compared = f.reload(sme, request.getId());
        assertThat(compared.getOffers()).extracting(Offer::getStatus).containsExactly(QuoteStatus.ANSWERED,
                QuoteStatus.DECLINED, QuoteStatus.OPEN);
        assertThat(compared.getOffers().get(0).getAnswer().totalFen()).isEqualTo(8_000_000);
        assertThat(compared.getOffers().get(1).getDeclineReason()).isEqualTo("本季度产能已满");
        assertRefused(() -> f.asMember(sme, "member-1", () -> f.requests.accept(request.getId(), quoteOfA)), "quoteId",
                QuoteRequests.OWNER_ACCEPTS);
        assertRefused(() -> f.asOwner(sme, () -> f.requests.accept(request.getId(), f.quoteIdOf(request, b))),
                "quoteId", QuoteRequests.NOT_ANSWERED);

        QuoteRequest decided = f.asOwner(sme, () -> f.requests.accept(request.getId(), quoteOfA));

        assertThat(decided.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(decided.getOffers()).extracting(Offer::getStatus).containsExactly(QuoteStatus.ACCEPTED,
                QuoteStatus.DECLINED, QuoteStatus.CLOSED);
        assertThat(f.market.asConsultant(c, () -> f.quotes.find(f.quoteIdOf(request, c))).orElseThrow().getStatus())
                .isEqualTo(QuoteStatus.CLOSED);
        assertThat(noticesOf(c.tenantId(), c.consultant().userId())).contains(QuoteNotices.NOT_CHOSEN);
        assertThat(noticesOf(a.tenantId(), a.admin().userId())).contains(QuoteNotices.ACCEPTED);

        Engagement ofSme = TenantContext.callAs(sme.tenantId(), () -> engagements.find(quoteOfA)).orElseThrow();
        assertThat(ofSme.getStatus()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(ofSme.getPriceFen()).isEqualTo(8_000_000);
        assertThat(ofSme.getProviderTenantId()).isEqualTo(a.tenantId());
        assertThat(ofSme.getMilestones()).extracting(m -> m.title()).containsExactly("需求调研完成", "系统上线");
        assertThat(f.market.asConsultant(a, () -> engagements.mine())).extracting(Engagement::getEngagementId)
                .containsExactly(quoteOfA);
        assertThat(f.market.asConsultant(b, () -> engagements.find(quoteOfA))).isEmpty();
        assertThat(f.asOwner(f.sme(), () -> engagements.find(quoteOfA))).isEmpty();
        assertRefused(() -> f.asOwner(sme, () -> f.requests.accept(request.getId(), quoteOfA)), "quoteId",
                QuoteRequests.NOT_OPEN);
    }

    @Test
    void a_suspended_providers_open_quotes_close_and_the_sme_is_told() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Provider b = f.market.admittedProvider();
        Sme sme = f.sme();
        QuoteRequest request = f.requested(sme, a, b);

        f.market.asPool(a, () -> context.getBean(org.uplift.marketplace.pool.ProviderPool.class)
                .suspend(a.tenantId(), "资质到期"));

        assertThat(f.reload(sme, request.getId()).getOffers()).extracting(Offer::getStatus)
                .containsExactly(QuoteStatus.CLOSED, QuoteStatus.OPEN);
        assertThat(f.market.asConsultant(a, f.quotes::open)).isEmpty();
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(QuoteNotices.PROVIDER_LEFT);
    }

    @Test
    void an_expired_request_expires_its_live_quotes_and_tells_the_sme() {
        QuoteFixture f = new QuoteFixture(context);
        Provider a = f.market.admittedProvider();
        Provider b = f.market.admittedProvider();
        Sme sme = f.sme();
        QuoteRequest request = f.requested(sme, a, b);
        f.market.asConsultant(b, () -> f.quotes.decline(f.quoteIdOf(request, b), "不做这个行业"));

        boolean expired = TenantContext.callAs(sme.tenantId(),
                () -> SystemWork.call("test: expiry", () -> f.requests.expire(request.getId())));

        assertThat(expired).isTrue();
        QuoteRequest after = f.reload(sme, request.getId());
        assertThat(after.getStatus()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(after.getOffers()).extracting(Offer::getStatus).containsExactly(QuoteStatus.EXPIRED,
                QuoteStatus.DECLINED);
        assertThat(f.market.asConsultant(a, f.quotes::recent).get(0).getStatus()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(QuoteNotices.EXPIRED);
        assertThat(TenantContext.callAs(sme.tenantId(),
                () -> SystemWork.call("test: expiry", () -> f.requests.expire(request.getId())))).isFalse();
    }
}
