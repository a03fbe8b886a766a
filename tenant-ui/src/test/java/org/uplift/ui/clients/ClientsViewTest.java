package org.uplift.ui.clients;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** 我的客户 in the browserless UI: the provider's SMEs with their status, each linked to what it shares and agrees. */
@UpliftTest
class ClientsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    QuoteRequests requests;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentShares shares;

    Provider provider;
    Sme engaged;
    Sme sharing;
    String quoteId;
    String assessmentId;

    @BeforeEach
    void anSmeWithAnEngagementAndAnotherThatSharedAnAssessment() {
        var market = new MarketplaceFixture(context);
        provider = market.admittedProvider();
        var smes = new TestSmes(context);
        engaged = smes.register();
        sharing = smes.register();
        QuoteRequest request = SignedIn.as(engaged.owner(), () -> requests.request(null, "注塑车间需要 MES",
                List.of(provider.tenantId())));
        quoteId = request.getOffers().get(0).getQuoteId();
        SignedIn.as(provider.consultant(), () -> context.getBean(ProviderQuotes.class).answer(quoteId, TestQuotes.answer()));
        SignedIn.as(engaged.owner(), () -> requests.accept(request.getId(), quoteId));
        assessmentId = SignedIn.as(sharing.owner(), () -> assessments.start().getId());
        SignedIn.as(sharing.owner(), () -> shares.share(assessmentId, provider.tenantId(), false));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void on(SignInAccount account, TenantKind kind, Runnable steps) {
        BrowserlessUi.signIn(account, kind);
        TenantContext.runAs(account.tenantId(), () -> {
            BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("clients");
            steps.run();
        });
    }

    @Test
    void the_consultant_sees_both_clients_latest_activity_first_with_level_quotes_engagements_and_links() {
        on(provider.consultant(), TenantKind.PROVIDER, () -> {
            var grid = _get(ClientsView.class).grid;
            assertThat(GridKt._size(grid)).isEqualTo(2);
            assertThat(GridKt._getFormattedRow(grid, 0)).contains(sharing.name(), "暂无等级", "0");
            assertThat(GridKt._getFormattedRow(grid, 1)).contains(engaged.name(), "未共享评测", "0", "进行中");

            var sharingLinks = (Div) GridKt._getCellComponent(grid, 0, "links");
            assertThat(sharingLinks.getChildren().map(c -> ((RouterLink) c).getHref()).toList())
                    .containsExactly("shared-assessments/" + assessmentId);
            var engagedLinks = (Div) GridKt._getCellComponent(grid, 1, "links");
            assertThat(engagedLinks.getChildren().map(c -> ((RouterLink) c).getHref()).toList())
                    .containsExactly("quotes/incoming/" + quoteId, "engagements/" + quoteId);
            _assertNone(Paragraph.class, p -> p.withId("clients-empty"));
        });
    }

    @Test
    void another_provider_sees_none_of_them() {
        Provider other = new MarketplaceFixture(context).admittedProvider();
        on(other.admin(), TenantKind.PROVIDER, () -> {
            assertThat(GridKt._size(_get(ClientsView.class).grid)).isZero();
            assertThat(_get(Paragraph.class, p -> p.withId("clients-empty")).getText())
                    .isEqualTo("还没有客户。企业向您共享评测或请您报价后，会显示在这里。");
        });
    }
}
