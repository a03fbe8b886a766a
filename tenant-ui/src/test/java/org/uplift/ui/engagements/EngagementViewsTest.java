package org.uplift.ui.engagements;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.EngagementPermission;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.engagement.MilestoneState;
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

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The engagement page in the browserless UI: the provider delivers, the SME's owner decides, completes and rates. */
@UpliftTest
class EngagementViewsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    QuoteRequests requests;
    @Autowired
    Engagements engagements;
    @Autowired
    EngagementMilestones milestones;
    @Autowired
    Accounts accounts;

    Provider provider;
    Sme sme;
    String id;

    @BeforeEach
    void anEngagementOfTwoMilestones() {
        var market = new MarketplaceFixture(context);
        provider = market.admittedProvider();
        sme = new TestSmes(context).register();
        QuoteRequest request = SignedIn.as(sme.owner(), () -> requests.request(null, "注塑车间需要 MES",
                List.of(provider.tenantId())));
        id = request.getOffers().get(0).getQuoteId();
        SignedIn.as(provider.consultant(), () -> context.getBean(ProviderQuotes.class).answer(id, TestQuotes.answer()));
        SignedIn.as(sme.owner(), () -> requests.accept(request.getId(), id));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void on(SignInAccount account, TenantKind kind, Runnable steps) {
        BrowserlessUi.signIn(account, kind);
        try {
            TenantContext.runAs(account.tenantId(), () -> {
                BrowserlessUi.open(context, ZH);
                UI.getCurrent().navigate("engagements/" + id);
                steps.run();
            });
        } finally {
            BrowserlessUi.close();
        }
    }

    static void click(String buttonId) {
        ButtonKt._click(_get(Button.class, s -> s.withId(buttonId)));
    }

    static String text(String spanId) {
        return _get(Span.class, s -> s.withId(spanId)).getText();
    }

    Engagement ofSme() {
        return SignedIn.as(sme.owner(), () -> engagements.find(id)).orElseThrow();
    }

    @Test
    void the_provider_delivers_a_milestone_with_a_file_and_cannot_confirm_it() {
        on(provider.consultant(), TenantKind.PROVIDER, () -> {
            var view = _get(EngagementView.class);
            assertThat(text("milestone-state-0")).isEqualTo("待交付");
            click("deliver-0");
            assertThat(view.milestones.get(0).note.isInvalid()).isTrue();

            view.milestones.get(0).note.setValue("调研报告已完成，见附件");
            view.milestones.get(0).choose("调研报告.pdf", TestFiles.pdf(3000));
            click("deliver-0");

            assertThat(text("milestone-state-0")).isEqualTo("待确认");
            assertThat(_get(Anchor.class, a -> a.withText("调研报告.pdf")).getElement().getAttribute("data-file-id"))
                    .isNotBlank();
            _assertNone(Button.class, b -> b.withId("confirm-0"));
            _assertNone(Button.class, b -> b.withId("deliver-0"));
        });

        assertThat(ofSme().getMilestones().get(0).state()).isEqualTo(MilestoneState.DELIVERED);
        assertThat(ofSme().getMilestones().get(0).evidence()).hasSize(1);
    }

    @Test
    void a_wrong_file_shows_on_the_upload_and_nothing_is_delivered() {
        on(provider.admin(), TenantKind.PROVIDER, () -> {
            var panel = _get(EngagementView.class).milestones.get(0);
            panel.note.setValue("见附件");
            panel.choose("报告.pdf", TestFiles.exe(400));
            click("deliver-0");

            assertThat(panel.fileError.isVisible()).isTrue();
            assertThat(panel.fileError.getText()).contains(".pdf");
            assertThat(text("milestone-state-0")).isEqualTo("待交付");
        });
        assertThat(ofSme().getMilestones().get(0).state()).isEqualTo(MilestoneState.OPEN);
    }

    @Test
    void the_owner_sends_back_with_a_required_reason_then_confirms_the_redelivery() {
        SignedIn.as(provider.consultant(), () -> milestones.deliver(id, 0, "调研报告", List.of()));

        on(sme.owner(), TenantKind.ENTERPRISE, () -> {
            var view = _get(EngagementView.class);
            _assertNone(Button.class, b -> b.withId("deliver-0"));
            click("send-back-0");
            click("send-back-confirm");
            assertThat(view.sendBack.reason.isInvalid()).isTrue();
            view.sendBack.reason.setValue("缺少产线访谈记录");
            click("send-back-confirm");

            assertThat(text("milestone-state-0")).isEqualTo("已退回");
            assertThat(_get(Paragraph.class, p -> p.withId("milestone-reason-0")).getText()).contains("缺少产线访谈记录");
        });

        SignedIn.as(provider.consultant(), () -> milestones.deliver(id, 0, "已补充访谈记录", List.of()));
        on(sme.owner(), TenantKind.ENTERPRISE, () -> {
            click("confirm-0");
            assertThat(text("milestone-state-0")).isEqualTo("已确认");
        });
    }

    @Test
    void a_member_of_the_sme_sees_the_delivery_but_cannot_decide() {
        SignedIn.as(provider.consultant(), () -> milestones.deliver(id, 0, "调研报告", List.of()));
        String email = "member-" + UUID.randomUUID() + "@example.cn";
        TenantContext.runAs(sme.tenantId(), () -> accounts.create(email, "刘员工", TestSmes.PASSWORD,
                Set.of(Role.ENTERPRISE_MEMBER)));
        SignInAccount member = accounts.findForSignIn(email).orElseThrow();

        on(member, TenantKind.ENTERPRISE, () -> {
            assertThat(text("milestone-state-0")).isEqualTo("待确认");
            _assertNone(Button.class, b -> b.withId("confirm-0"));
            _assertNone(Button.class, b -> b.withId("send-back-0"));
        });
    }

    @Test
    void after_every_milestone_is_confirmed_the_owner_completes_and_rates_once() {
        for (int i = 0; i < 2; i++) {
            int index = i;
            SignedIn.as(provider.consultant(), () -> milestones.deliver(id, index, "已交付", List.of()));
            SignedIn.as(sme.owner(), () -> milestones.confirm(id, index));
        }

        on(sme.owner(), TenantKind.ENTERPRISE, () -> {
            click("complete-engagement");
            var view = _get(EngagementView.class);
            click("rate-engagement");
            assertThat(view.stars.isInvalid()).isTrue();
            view.stars.setValue(4);
            view.comment.setValue("按期上线，培训到位");
            click("rate-engagement");

            assertThat(_get(Paragraph.class, p -> p.withId("engagement-rating")).getText()).contains("4", "培训到位");
            _assertNone(Button.class, b -> b.withId("rate-engagement"));
        });

        assertThat(ofSme().getStatus()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(SignedIn.as(provider.admin(), () -> engagements.find(id)).orElseThrow().getRating().stars())
                .isEqualTo(4);
    }

    @Test
    void a_milestone_past_its_due_date_is_highlighted_as_overdue() {
        on(sme.owner(), TenantKind.ENTERPRISE, () -> {
            Engagement e = ofSme();
            var panel = new MilestonePanel(milestones, e, 0, new EngagementPermission(false, false, false, false),
                    e.getMilestones().get(0).due().plusDays(1), () -> { }, null);
            UI.getCurrent().add(panel);

            assertThat(_get(Span.class, s -> s.withId("milestone-due-0").withClasses("overdue")).getText())
                    .contains("已逾期");
            assertThat(_get(EngagementView.class).milestones.get(0).getElement().getChild(2).getClassList())
                    .doesNotContain("overdue");
        });
    }
}
