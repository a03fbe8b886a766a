package org.uplift.ui.applications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
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
import org.uplift.assessment.Assessments;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.ExtensionRequest;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The implementation and acceptance on the application page (the owner's extension and acceptance requests, the
 * reviewer's extension decision) and the evaluator's on-site evaluation form.
 */
@UpliftTest
class AcceptanceViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    ApplicationWork work;
    @Autowired
    Assessments assessments;
    @Autowired
    EvidenceFiles evidence;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    String applicationId;

    @BeforeEach
    void aRegisteredApplication() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        var engagement = f.engagement(sme);
        applicationId = SignedIn.as(sme.owner(), () -> applications.apply(
                ApplicationFixture.form(engagement, programme))).getApplicationId();
        await().atMost(Duration.ofSeconds(60)).until(() -> own().getStatus() == ApplicationStatus.DISTRICT_REVIEW);
        approve(member(Role.DISTRICT_OFFICER));
        approve(member(Role.REVIEWER));
        await().atMost(Duration.ofSeconds(60)).until(() -> own().getStatus() == ApplicationStatus.OFFERED
                && SignedIn.as(sme.owner(), () -> work.awaitsAcceptance(applicationId)));
        SignedIn.as(sme.owner(), () -> work.acceptOffer(applicationId));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void approve(SignInAccount person) {
        SignedIn.as(person, () -> work.decide(work.review(applicationId).orElseThrow().taskId(),
                ReviewDecision.APPROVE, "同意", null));
    }

    SignInAccount member(Role role) {
        String email = "r-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(authority, () -> accounts.create(email, "人员 " + role, TestSmes.PASSWORD, Set.of(role)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    void open(SignInAccount account, TenantKind kind, String route) {
        BrowserlessUi.signIn(account, kind);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(route);
    }

    SubsidyApplication own() {
        return SignedIn.as(sme.owner(), () -> applications.find(applicationId)).orElseThrow();
    }

    /** A newer published assessment with one evidence file: the T1. */
    String t1WithEvidence() {
        return SignedIn.as(sme.owner(), () -> {
            String id = assessments.start().getId();
            evidence.attach(id, "Q3", "验收报告.pdf", 100, new ByteArrayInputStream(TestFiles.pdf(100)));
            assessments.submit(id);
            assessments.recordLevel(id, 2);
            return id;
        });
    }

    @Test
    void the_owner_asks_for_an_extension_with_a_reason_and_the_reviewer_approves_it_on_the_case_page() {
        var deadline = own().getImplementation().deadlineDate();
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + applicationId);
            ImplementationPanel panel = _get(ApplicationView.class).implementation;
            assertThat(_get(Paragraph.class, s -> s.withId("application-implementation-deadline")).getText())
                    .endsWith(deadline.toString());
            HasValueUtilsKt._setValue(panel.until, deadline.plusMonths(1));
            ButtonKt._click(panel.requestExtension);
            assertThat(panel.reason.isInvalid()).isTrue();
            assertThat(panel.reason.getErrorMessage()).isEqualTo(panel.getTranslation("validation.required"));

            HasValueUtilsKt._setValue(panel.reason, "进口设备到货延迟两周");
            ButtonKt._click(panel.requestExtension);
            assertThat(_get(Paragraph.class, s -> s.withId("application-extension")).getText())
                    .contains("等待评审决定");
        });
        SignInAccount reviewer = member(Role.REVIEWER);
        TenantContext.runAs(authority, () -> {
            open(reviewer, TenantKind.AUTHORITY, "applications/reviews");
            assertThat(_get(HorizontalLayout.class, s -> s.withClasses("application-review-item"))
                    .getElement().getAttribute("data-stage")).isEqualTo("EXTENSION");
            UI.getCurrent().navigate("applications/" + applicationId);
            ImplementationPanel panel = _get(ApplicationView.class).implementation;
            ButtonKt._click(panel.rejectExtension);
            assertThat(panel.decisionReason.isInvalid()).isTrue();
            assertThat(panel.decisionReason.getErrorMessage())
                    .isEqualTo(panel.getTranslation(SubsidyApplications.REASON_REQUIRED));
            ButtonKt._click(panel.approveExtension);
        });
        assertThat(own().getExtension().outcome()).isEqualTo(ExtensionRequest.Outcome.APPROVED);
        assertThat(own().getImplementation().deadlineDate()).isEqualTo(deadline.plusMonths(1));
    }

    @Test
    void the_owner_requests_acceptance_and_the_evaluator_confirms_on_site_with_t0_t1_and_the_evidence_read_only() {
        String t1 = t1WithEvidence();
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + applicationId);
            AcceptancePanel panel = _get(ApplicationView.class).acceptancePanel;
            HasValueUtilsKt._setValue(panel.actual.get(0), BigDecimal.ZERO);
            ButtonKt._click(panel.request);
            assertThat(panel.t1.isInvalid()).isTrue();
            assertThat(panel.t1.getErrorMessage()).isEqualTo(panel.getTranslation(OnSiteAcceptance.T1_INVALID));
            assertThat(panel.actual.get(0).isInvalid()).isTrue();

            HasValueUtilsKt._setValue(panel.t1, panel.t1.getListDataView().getItems()
                    .filter(a -> a.getId().equals(t1)).findFirst().orElseThrow());
            HasValueUtilsKt._setValue(panel.actual.get(0), new BigDecimal("40000"));
            ButtonKt._click(panel.request);
            assertThat(_get(ApplicationView.class).getTranslation("applications.status.ACCEPTANCE_REQUESTED"))
                    .isEqualTo(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("application-status"))
                            .getText());
        });
        assertThat(own().getAcceptanceRequest().t1AssessmentId()).isEqualTo(t1);

        int t1Level = own().getAcceptanceRequest().t1Level();
        int corrected = t1Level == 3 ? 4 : 3;
        SignInAccount evaluator = member(Role.EVALUATOR);
        TenantContext.runAs(authority, () -> {
            open(evaluator, TenantKind.AUTHORITY, "applications/reviews");
            assertThat(_get(HorizontalLayout.class, s -> s.withClasses("application-review-item"))
                    .getElement().getAttribute("data-stage")).isEqualTo("EVALUATION");
            UI.getCurrent().navigate("applications/" + applicationId);
            assertThat(_get(Anchor.class, s -> s.withId("application-evaluate")).getHref())
                    .isEqualTo("applications/" + applicationId + "/evaluation");

            UI.getCurrent().navigate("applications/" + applicationId + "/evaluation");
            EvaluationView view = _get(EvaluationView.class);
            assertThat(view.comparison.getColumns()).hasSize(3);
            assertThat(_find(Anchor.class, s -> s.withClasses("evaluation-evidence-file")))
                    .singleElement().satisfies(a -> assertThat(a.getText()).isEqualTo("T1 · 验收报告.pdf"));
            assertThat(view.level.getValue()).isEqualTo(t1Level);

            HasValueUtilsKt._setValue(view.level, corrected);
            HasValueUtilsKt._setValue(view.checklist, Set.of("deliverables"));
            ButtonKt._click(view.confirm);
            assertThat(view.correctionReason.getErrorMessage())
                    .isEqualTo(view.getTranslation(OnSiteAcceptance.CORRECTION_REASON));
            assertThat(view.checklist.getErrorMessage())
                    .isEqualTo(view.getTranslation(OnSiteAcceptance.CHECKLIST_INCOMPLETE));
            assertThat(view.satisfaction.isInvalid()).isTrue();

            HasValueUtilsKt._setValue(view.correctionReason, "现场核查：产线数据已贯通，等级高于自评");
            HasValueUtilsKt._setValue(view.checklist, Set.copyOf(context.getBean(OnSiteAcceptance.class).checklist()));
            HasValueUtilsKt._setValue(view.satisfaction, 5);
            ButtonKt._click(view.confirm);
            assertThat(_find(ApplicationView.class)).hasSize(1);
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> own().getStatus() == ApplicationStatus.ACCEPTED);
        assertThat(own().getEvaluation().confirmedLevel()).isEqualTo(corrected);
        assertThat(own().getEvaluation().providerSatisfaction()).isEqualTo(5);
        assertThat(own().getAcceptedAmountFen()).isEqualTo(1_600_000);

        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + applicationId);
            assertThat(_get(Paragraph.class, s -> s.withId("application-acceptance-outcome")).getText())
                    .contains("通过验收");
            assertThatThrownBy(() -> UI.getCurrent().navigate("applications/" + applicationId + "/evaluation"))
                    .isInstanceOf(MockAccessDeniedException.class);
        });
    }
}
