package org.uplift.ui.quotes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.Offer;
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.marketplace.quote.RequestStatus;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.ui.engagements.EngagementView;
import org.uplift.validation.InputRejectedException;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/** The quote views in the browserless UI: request form, provider's answer form, comparison and acceptance. */
@UpliftTest
class QuoteViewsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    QuoteRequests requests;
    @Autowired
    ProviderQuotes quotes;
    @Autowired
    SolutionPackages packages;
    @Autowired
    Engagements engagements;
    @Autowired
    Accounts accounts;
    @Autowired
    org.uplift.notification.Notifications notifications;

    MarketplaceFixture market;
    Provider a;
    Provider b;
    Sme sme;

    @BeforeEach
    void anSmeAndTwoAdmittedProviders() {
        market = new MarketplaceFixture(context);
        a = market.admittedProvider();
        b = market.admittedProvider();
        sme = new TestSmes(context).register();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void as(SignInAccount account, TenantKind kind, Runnable steps) {
        BrowserlessUi.signIn(account, kind);
        try {
            TenantContext.runAs(account.tenantId(), () -> {
                BrowserlessUi.open(context, ZH);
                steps.run();
            });
        } finally {
            BrowserlessUi.close();
        }
    }

    static void click(String id) {
        ButtonKt._click(_get(Button.class, s -> s.withId(id)));
    }

    QuoteRequest requested(Provider... providers) {
        List<String> ids = java.util.Arrays.stream(providers).map(Provider::tenantId).toList();
        return SignedIn.as(sme.owner(), () -> requests.request(null, "注塑车间需要 MES", ids));
    }

    String quoteOf(QuoteRequest request, Provider provider) {
        return request.offerOf(provider.tenantId()).orElseThrow().getQuoteId();
    }

    QuoteRequest reload(String requestId) {
        return SignedIn.as(sme.owner(), () -> requests.find(requestId).orElseThrow());
    }

    SignInAccount member() {
        String email = "member-" + UUID.randomUUID() + "@example.cn";
        TenantContext.runAs(sme.tenantId(), () -> accounts.create(email, "刘员工", TestSmes.PASSWORD,
                Set.of(Role.ENTERPRISE_MEMBER)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    @Test
    void the_owner_requests_a_quote_on_a_catalogue_package_and_both_chosen_providers_get_it() {
        String packageId = SignedIn.as(a.admin(), () -> packages.publish(packages.create(
                content("注塑车间 MES", 6_000_000, scenario("SC07", 2))).getId()).getId());

        as(sme.owner(), TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate("quotes/new/" + packageId);
            var view = _get(NewQuoteRequestView.class);
            assertThat(view.packageInfo.getText()).contains("注塑车间 MES", a.name());
            assertThat(view.providers.getValue()).extracting(o -> o.getId()).containsExactly(a.tenantId());
            view.providers.getListDataView().getItems().filter(o -> o.getId().equals(b.tenantId())).findFirst()
                    .ifPresent(view.providers::select);

            click("send-quote-request");

            NavigatorKt.expectView(QuoteRequestView.class);
            assertThat(_find(Div.class, s -> s.withClasses("uplift-card"))).hasSize(2);
        });

        assertThat(SignedIn.as(a.consultant(), quotes::open)).singleElement()
                .satisfies(q -> assertThat(q.getNeed().packageVersion()).isEqualTo(1));
        assertThat(SignedIn.as(b.consultant(), quotes::open)).hasSize(1);
    }

    @Test
    void a_request_without_providers_or_need_shows_both_on_their_fields_and_saves_nothing() {
        as(sme.owner(), TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate(NewQuoteRequestView.class);
            var view = _get(NewQuoteRequestView.class);

            click("send-quote-request");

            assertThat(view.providers.isInvalid()).isTrue();
            assertThat(view.providers.getErrorMessage()).isEqualTo("请选择 1 至 3 家服务商。");
            assertThat(view.description.isInvalid()).isTrue();
            NavigatorKt.expectView(NewQuoteRequestView.class);
        });
        assertThat(SignedIn.as(sme.owner(), requests::mine)).isEmpty();
    }

    @Test
    void a_member_saves_a_draft_but_has_no_send_button() {
        SignInAccount member = member();
        as(member, TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate(NewQuoteRequestView.class);
            var view = _get(NewQuoteRequestView.class);
            assertThat(view.send.isVisible()).isFalse();
            view.description.setValue("仓库需要条码管理");
            view.providers.getListDataView().getItems().filter(o -> o.getId().equals(a.tenantId())).findFirst()
                    .ifPresent(view.providers::select);

            click("save-quote-draft");

            NavigatorKt.expectView(QuoteRequestView.class);
            assertThat(_get(QuoteRequestView.class).send.isVisible()).isFalse();
        });
        assertThat(SignedIn.as(sme.owner(), requests::mine)).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(RequestStatus.DRAFT));
    }

    @Test
    void a_bad_price_shows_on_the_total_a_decline_without_reason_is_refused_and_nothing_is_saved() {
        QuoteRequest request = requested(a);
        String quoteId = quoteOf(request, a);

        as(a.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate("quotes/incoming/" + quoteId);
            var view = _get(AnswerQuoteView.class);
            view.lineRows.get(0).with(CostCategory.SOFTWARE, new BigDecimal("50000"), "MES 软件");
            view.addLine(CostCategory.CONSULTING, new BigDecimal("30000.50"), "实施");
            view.totalYuan.setValue(new BigDecimal("90000"));
            view.scope.setValue("报工与质量追溯");
            view.timelineWeeks.setValue(12);
            view.milestoneRows.get(0).with("系统上线", 60, "验收单");

            click("submit-answer");

            assertThat(view.totalYuan.isInvalid()).isTrue();
            assertThat(view.totalYuan.getErrorMessage()).isEqualTo("费用明细合计 ¥80000.50，与总价 ¥90000.00 不一致。");

            view.lineRows.get(1).amountYuan.setValue(new BigDecimal("-1"));
            click("submit-answer");
            assertThat(view.lineRows.get(1).amountYuan.isInvalid()).isTrue();
            assertThat(view.lineRows.get(1).amountYuan.getErrorMessage()).isEqualTo("金额必须大于 0。");

            click("decline-quote");
            assertThat(view.declineReason.isInvalid()).isTrue();
            assertThat(view.declineReason.getErrorMessage()).isEqualTo("请填写谢绝报价的原因。");
        });

        assertThat(SignedIn.as(a.consultant(), () -> quotes.find(quoteId)).orElseThrow().getStatus())
                .isEqualTo(QuoteStatus.OPEN);
        assertThat(reload(request.getId()).getOffers().get(0).getStatus()).isEqualTo(QuoteStatus.OPEN);
    }

    @Test
    void the_consultant_claims_and_answers_in_yuan_and_the_answer_is_stored_in_fen() {
        QuoteRequest request = requested(a);
        String quoteId = quoteOf(request, a);

        as(a.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate(IncomingQuotesView.class);
            assertThat(_get(IncomingQuotesView.class).grid.getGenericDataView().getItems().map(q -> q.getId()))
                    .containsExactly(quoteId);
            UI.getCurrent().navigate("quotes/incoming/" + quoteId);
            var view = _get(AnswerQuoteView.class);
            click("claim-quote");
            assertThat(view.claimedBy.getText()).isEqualTo("由您负责。");
            view.lineRows.get(0).with(CostCategory.SOFTWARE, new BigDecimal("50000"), "MES 软件");
            view.addLine(CostCategory.CONSULTING, new BigDecimal("30000.50"), "实施");
            view.totalYuan.setValue(new BigDecimal("80000.50"));
            view.scope.setValue("报工与质量追溯");
            view.timelineWeeks.setValue(12);
            view.milestoneRows.get(0).with("系统上线", 60, "验收单");

            click("submit-answer");

            _assertNone(Button.class, s -> s.withId("submit-answer"));
        });

        Offer offer = reload(request.getId()).getOffers().get(0);
        assertThat(offer.getStatus()).isEqualTo(QuoteStatus.ANSWERED);
        assertThat(offer.getAnswer().totalFen()).isEqualTo(8_000_050);
        assertThat(offer.getAnswer().costLines()).extracting(l -> l.amountFen()).containsExactly(5_000_000L, 3_000_050L);
    }

    @Test
    void a_wrong_attachment_is_refused_on_its_field_a_good_one_goes_with_the_answer_and_the_sme_downloads_it() {
        QuoteRequest request = requested(a);
        String quoteId = quoteOf(request, a);

        as(a.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate("quotes/incoming/" + quoteId);
            var view = _get(AnswerQuoteView.class);
            view.lineRows.get(0).with(CostCategory.SOFTWARE, new BigDecimal("80000"), "MES 软件");
            view.totalYuan.setValue(new BigDecimal("80000"));
            view.scope.setValue("报工与质量追溯");
            view.timelineWeeks.setValue(12);
            view.milestoneRows.get(0).with("系统上线", 60, "验收单");
            view.chooseAttachment("报价书.pdf", org.uplift.assessment.evidence.TestFiles.exe(400));

            click("submit-answer");

            assertThat(view.attachmentError.isVisible()).isTrue();
            assertThat(view.attachmentError.getText()).isNotBlank().doesNotContain("validation.");
            _get(Button.class, s -> s.withId("submit-answer"));

            view.chooseAttachment("详细报价书.pdf", org.uplift.assessment.evidence.TestFiles.pdf(3000));
            click("submit-answer");

            _assertNone(Button.class, s -> s.withId("submit-answer"));
        });

        Offer offer = reload(request.getId()).getOffers().get(0);
        assertThat(offer.getStatus()).isEqualTo(QuoteStatus.ANSWERED);
        assertThat(offer.getAttachment()).hasValueSatisfying(f -> assertThat(f.filename()).isEqualTo("详细报价书.pdf"));
        as(sme.owner(), TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate("quotes/requests/" + request.getId());
            assertThat(_get(com.vaadin.flow.component.html.Anchor.class,
                    s -> s.withId("offer-attachment-" + quoteId)).getText()).isEqualTo("详细报价书.pdf");
        });
    }

    @Test
    void the_owner_compares_answers_side_by_side_accepts_one_after_confirming_and_opens_the_engagement() {
        QuoteRequest request = requested(a, b);
        String quoteOfA = quoteOf(request, a);
        SignedIn.as(a.consultant(), () -> quotes.answer(quoteOfA, TestQuotes.answer()));
        SignedIn.as(b.consultant(), () -> quotes.decline(quoteOf(request, b), "本季度排期已满"));

        as(sme.owner(), TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate("quotes/requests/" + request.getId());
            var view = _get(QuoteRequestView.class);
            assertThat(_find(Div.class, s -> s.withClasses("uplift-card"))).hasSize(2);
            assertThat(view.acceptButtons).containsOnlyKeys(quoteOfA);

            click("accept-" + quoteOfA);
            ConfirmDialogKt._fireConfirm(view.confirm);

            NavigatorKt.expectView(EngagementView.class);
            assertThat(_get(Span.class, s -> s.withId("engagement-price")).getText()).isEqualTo("¥80,000.00");
        });

        assertThat(reload(request.getId()).getStatus()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(SignedIn.as(a.admin(), () -> engagements.find(quoteOfA))).isPresent();
        as(b.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate("engagements/" + quoteOfA);
            _get(Div.class, s -> s.withId("not-found"));
        });
    }

    @Test
    void an_sme_member_sees_the_comparison_but_cannot_accept() {
        QuoteRequest request = requested(a);
        String quoteOfA = quoteOf(request, a);
        SignedIn.as(a.consultant(), () -> quotes.answer(quoteOfA, TestQuotes.answer()));
        SignInAccount member = member();

        as(member, TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate("quotes/requests/" + request.getId());
            assertThat(_find(Div.class, s -> s.withClasses("uplift-card"))).hasSize(1);
            _assertNone(Button.class, s -> s.withId("accept-" + quoteOfA));
        });
        assertThatThrownBy(() -> SignedIn.as(member, () -> requests.accept(request.getId(), quoteOfA)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo(QuoteRequests.OWNER_ACCEPTS));
        assertThat(reload(request.getId()).getStatus()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void another_sme_and_another_provider_get_not_found() {
        QuoteRequest request = requested(a);
        Sme other = new TestSmes(context).register();

        as(other.owner(), TenantKind.ENTERPRISE, () -> {
            UI.getCurrent().navigate("quotes/requests/" + request.getId());
            _get(Div.class, s -> s.withId("not-found"));
        });
        as(b.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate("quotes/incoming/" + quoteOf(request, a));
            _get(Div.class, s -> s.withId("not-found"));
            _assertNone(TextArea.class);
        });
    }

    @Test
    void the_providers_notice_links_to_its_answer_page() {
        QuoteRequest request = requested(a);
        String link = TenantContext.callAs(a.tenantId(), () -> notifications.recent(a.consultant().userId(), 10))
                .stream().filter(n -> n.getMessageKey().equals(org.uplift.marketplace.quote.QuoteNotices.NEW_REQUEST))
                .findFirst().orElseThrow().getLink();
        assertThat(link).isEqualTo("quotes/incoming/" + quoteOf(request, a));

        as(a.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate(link);
            _get(AnswerQuoteView.class);
        });
    }

    @Test
    void the_consultants_home_lists_the_quote_task_and_opens_the_quote_tasks() {
        requested(a);

        as(a.consultant(), TenantKind.PROVIDER, () -> {
            UI.getCurrent().navigate(org.uplift.ui.home.HomeView.class);
            assertThat(_find(Div.class, s -> s.withClasses("uplift-card")).stream()
                    .filter(d -> "answerQuote".equals(d.getElement().getAttribute("data-task")))).hasSize(1);

            click("task-action-answerQuote");

            NavigatorKt.expectView(IncomingQuotesView.class);
        });
    }
}
