package org.uplift.ui.applications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The SME applies and follows its application; the authority's reviewers work the inbox and the case page. */
@UpliftTest
class ApplicationViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SubsidyApplications applications;

    ApplicationFixture f;
    String authority;
    String programme;
    TestSmes.Sme sme;
    Engagement engagement;

    @BeforeEach
    void anSmeWithAnEngagementAndAnAuthorityWithAnOpenProgramme() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        engagement = f.engagement(sme);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    SignInAccount member(String tenant, Role role) {
        String email = "r-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(tenant, () -> accounts.create(email, "评审 " + role, TestSmes.PASSWORD, Set.of(role)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    void open(SignInAccount account, TenantKind kind, String route) {
        BrowserlessUi.signIn(account, kind);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(route);
    }

    SubsidyApplication own(String id) {
        return org.uplift.SignedIn.as(sme.owner(), () -> applications.find(id)).orElseThrow();
    }

    String appliedAndEligible() {
        String id = org.uplift.SignedIn.as(sme.owner(), () -> applications.apply(
                ApplicationFixture.form(engagement, programme))).getApplicationId();
        await().atMost(Duration.ofSeconds(60)).until(() -> own(id).getStatus() == ApplicationStatus.DISTRICT_REVIEW);
        return id;
    }

    @Test
    void the_owner_applies_from_the_engagement_page_and_sees_the_application_with_its_status() {
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "engagements/" + engagement.getEngagementId());
            assertThat(_get(Anchor.class, s -> s.withId("engagement-apply-subsidy")).getHref())
                    .isEqualTo("applications/apply/" + engagement.getEngagementId());

            UI.getCurrent().navigate("applications/apply/" + engagement.getEngagementId(),
                    com.vaadin.flow.router.QueryParameters.of("programme", programme));
            ApplyView apply = _get(ApplyView.class);
            assertThat(apply.programme.getValue().getId()).isEqualTo(programme);
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("apply-level")).getText())
                    .contains("1级");
            HasValueUtilsKt._setValue(apply.contractDate, ApplicationFixture.today().minusDays(1));
            ButtonKt._click(apply.submit);

            ApplicationView view = _get(ApplicationView.class);
            assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("application-status")).getText())
                    .isEqualTo(view.getTranslation("applications.status.REJECTED"));
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("application-reasons"))
                    .getText()).contains(view.getTranslation(SubsidyApplications.RETROSPECTIVE));
            UI.getCurrent().navigate("applications");
            assertThat(_get(ApplicationsView.class).grid.getGenericDataView().getItems().count()).isEqualTo(1);
        });
    }

    @Test
    void the_district_officer_claims_and_recommends_and_the_expert_needs_a_reason_to_reject() {
        String id = appliedAndEligible();
        SignInAccount district = member(authority, Role.DISTRICT_OFFICER);
        TenantContext.runAs(authority, () -> {
            open(district, TenantKind.AUTHORITY, "applications/reviews");
            var row = _get(HorizontalLayout.class, s -> s.withClasses("application-review-item"));
            assertThat(row.getElement().getAttribute("data-stage")).isEqualTo("DISTRICT");
            ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                    s -> s.withId("application-claim-" + id)));
            assertThat(_find(com.vaadin.flow.component.html.Span.class).stream().map(s -> s.getText()))
                    .anyMatch(t -> t.startsWith("已由"));

            UI.getCurrent().navigate("applications/" + id);
            ApplicationView view = _get(ApplicationView.class);
            ButtonKt._click(view.approve);
        });
        assertThat(own(id).getStatus()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);

        SignInAccount expert = member(authority, Role.REVIEWER);
        TenantContext.runAs(authority, () -> {
            open(expert, TenantKind.AUTHORITY, "applications/" + id);
            ApplicationView view = _get(ApplicationView.class);
            ButtonKt._click(view.reject);
            assertThat(view.text.isInvalid()).isTrue();
            assertThat(view.text.getErrorMessage()).isEqualTo(view.getTranslation(SubsidyApplications.REASON_REQUIRED));
            HasValueUtilsKt._setValue(view.text, "费用与诊断结论无关");
            ButtonKt._click(view.reject);
        });
        assertThat(own(id).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(own(id).getRejectionReason()).isEqualTo("费用与诊断结论无关");
    }

    @Test
    void the_sme_answers_a_request_for_information_on_its_page_and_another_authority_finds_no_case() {
        String id = appliedAndEligible();
        var work = context.getBean(org.uplift.workflows.subsidy.ApplicationWork.class);
        SignInAccount district = member(authority, Role.DISTRICT_OFFICER);
        org.uplift.SignedIn.as(district, () -> work.decide(work.review(id).orElseThrow().taskId(),
                org.uplift.workflows.subsidy.ReviewDecision.APPROVE, null, null));
        SignInAccount expert = member(authority, Role.REVIEWER);
        org.uplift.SignedIn.as(expert, () -> work.decide(work.review(id).orElseThrow().taskId(),
                org.uplift.workflows.subsidy.ReviewDecision.MORE_INFORMATION, "请补充合同扫描件", null));

        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + id);
            ApplicationView view = _get(ApplicationView.class);
            HasValueUtilsKt._setValue(view.answer, "合同扫描件已上传");
            ButtonKt._click(view.sendAnswer);
        });
        assertThat(own(id).getStatus()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
        assertThat(own(id).getInformation().answer()).isEqualTo("合同扫描件已上传");

        String other = f.authority();
        SignInAccount stranger = member(other, Role.REVIEWER);
        TenantContext.runAs(other, () -> {
            open(stranger, TenantKind.AUTHORITY, "applications/" + id);
            assertThat(_find(ApplicationView.class)).isEmpty();
            UI.getCurrent().navigate("applications/reviews");
            assertThat(_find(HorizontalLayout.class, s -> s.withClasses("application-review-item"))).isEmpty();
        });
    }
}
