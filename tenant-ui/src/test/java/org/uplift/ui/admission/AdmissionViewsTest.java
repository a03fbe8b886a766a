package org.uplift.ui.admission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.admission.AdmissionFixture;
import org.uplift.marketplace.admission.AdmissionRules;
import org.uplift.marketplace.admission.ApplicationStatus;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.workflows.admission.AdmissionWork;
import org.uplift.workflows.admission.ReviewOutcome;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The admission pages in the browserless UI: the provider's form, the reviewers' list and decision form. */
@UpliftTest
class AdmissionViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    PoolApplications applications;
    @Autowired
    AdmissionWork work;

    TestProviders.Provider provider;
    String authority;
    SignInAccount reviewer;

    @BeforeEach
    void anAuthorityWithAReviewerAndAProvider() {
        provider = new TestProviders(context).register();
        authority = authorityWithReviewer();
        reviewer = lastReviewer;
    }

    SignInAccount lastReviewer;

    String authorityWithReviewer() {
        String id = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "测试经信局 " + UUID.randomUUID(),
                "330106", "周处长", "manager-" + UUID.randomUUID() + "@authority.cn", TestSmes.PASSWORD).getId();
        String email = "reviewer-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(id, () -> accounts.create(email, "吴评审", TestSmes.PASSWORD, Set.of(Role.REVIEWER)));
        lastReviewer = accounts.findForSignIn(email).orElseThrow();
        return id;
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void open(SignInAccount account, TenantKind kind, String route) {
        BrowserlessUi.signIn(account, kind);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(route);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    /** Submitted by the provider's admin, with the process waiting at the expert review. */
    PoolApplication applied(String toAuthority) {
        PoolApplication application = SignedIn.as(provider.admin(),
                () -> applications.submit(toAuthority, AdmissionFixture.form()));
        await().atMost(Duration.ofSeconds(20)).until(() -> SignedIn.as(reviewer, () -> work.reviews()).stream()
                .anyMatch(t -> t.applicationId().equals(application.getId())) || !toAuthority.equals(authority));
        return application;
    }

    @Test
    void bad_input_in_the_application_form_is_refused_on_its_field_and_nothing_is_saved() {
        TenantContext.runAs(provider.tenantId(), () -> {
            open(provider.admin(), TenantKind.PROVIDER, "admission/apply");
            var view = _get(ApplicationView.class);
            HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId("application-businessScope")), "工业软件实施");
            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("application-certificates-name")), "软件企业证书");
            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("application-certificates-number")), "RQ-1");
            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("application-certificates-issuer")), "协会");
            HasValueUtilsKt._setValue(_get(DatePicker.class, s -> s.withId("certificates-0-validUntil")),
                    LocalDate.now().minusDays(3));
            view.receive("证书.pdf", "not a pdf at all".getBytes());
            ButtonKt._click(_get(Button.class, s -> s.withId("certificate-add")));
            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("application-certificates-1-name")), "ISO 9001");
            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("application-certificates-1-number")), "ISO-2");
            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("application-certificates-1-issuer")), "认证中心");
            HasValueUtilsKt._setValue(_get(DatePicker.class, s -> s.withId("certificates-1-validUntil")),
                    LocalDate.now().minusDays(1));
            view.certificateRows.get(1).receive("ISO.pdf", AdmissionFixture.pdf());
            HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("application-staffCount")), 20);
            ButtonKt._click(_get(Button.class, s -> s.withId("application-submit")));

            HasValidationUtilsKt._expectInvalid(_get(DatePicker.class, s -> s.withId("certificates-0-validUntil")),
                    text(AdmissionRules.EXPIRED));
            HasValidationUtilsKt._expectInvalid(_get(TextField.class, s -> s.withId("application-certificates-file")),
                    text(AdmissionRules.FILE_TYPE, ".pdf, .png, .jpg, .jpeg"));
            HasValidationUtilsKt._expectInvalid(_get(DatePicker.class, s -> s.withId("certificates-1-validUntil")),
                    text(AdmissionRules.EXPIRED));
            HasValidationUtilsKt._expectValid(_get(TextField.class, s -> s.withId("application-certificates-1-file")));
            HasValidationUtilsKt._expectInvalid(_get(TextField.class, s -> s.withId("application-references-client")),
                    text("validation.required"));
            assertThat(SignedIn.as(provider.admin(), () -> applications.mine())).isEmpty();
        });
    }

    @Test
    void the_review_list_shows_only_applications_to_the_reviewers_own_authority() {
        PoolApplication mine = applied(authority);
        TestProviders.Provider other = provider;
        provider = new TestProviders(context).register();
        String otherAuthority = authorityWithReviewer();
        SignInAccount ownReviewer = reviewer;
        reviewer = lastReviewer;
        PoolApplication theirs = applied(otherAuthority);
        reviewer = ownReviewer;

        TenantContext.runAs(authority, () -> {
            open(reviewer, TenantKind.AUTHORITY, "admission/reviews");
            var rows = _find(HorizontalLayout.class, s -> s.withClasses("review-item"));
            assertThat(rows).extracting(r -> r.getElement().getAttribute("data-application-id"))
                    .contains(mine.getId()).doesNotContain(theirs.getId());
        });
        TenantContext.runAs(authority, () -> {
            UI.getCurrent().navigate("admission/reviews/" + theirs.getId());
            _get(org.uplift.ui.error.NotFoundView.class);
        });
        assertThat(other.tenantId()).isNotEqualTo(provider.tenantId());
    }

    @Test
    void a_rejection_without_a_reason_is_refused_on_the_reason_field() {
        PoolApplication application = applied(authority);
        TenantContext.runAs(authority, () -> {
            open(reviewer, TenantKind.AUTHORITY, "admission/reviews/" + application.getId());
            @SuppressWarnings("unchecked")
            RadioButtonGroup<ReviewOutcome> outcome = _get(RadioButtonGroup.class, s -> s.withId("review-outcome"));
            HasValueUtilsKt._setValue(outcome, ReviewOutcome.REJECT);
            ButtonKt._click(_get(Button.class, s -> s.withId("review-decide")));

            HasValidationUtilsKt._expectInvalid(_get(TextArea.class, s -> s.withId("review-text")),
                    text("validation.required"));
            assertThat(SignedIn.as(reviewer, () -> applications.find(application.getId())).orElseThrow().getStatus())
                    .isEqualTo(ApplicationStatus.UNDER_REVIEW);
            assertThat(SignedIn.as(reviewer, () -> work.review(application.getId()))).isPresent();
        });
    }

    @Test
    void a_complete_application_is_submitted_and_its_status_and_history_are_shown() {
        TenantContext.runAs(provider.tenantId(), () -> {
            open(provider.admin(), TenantKind.PROVIDER, "admission/apply");
            var view = _get(ApplicationView.class);
            HasValueUtilsKt._setValue(view.authority, organisations.find(authority).orElseThrow());
            HasValueUtilsKt._setValue(view.businessScope, "工业软件实施");
            var first = view.certificateRows.get(0);
            HasValueUtilsKt._setValue(first.name, "软件企业证书");
            HasValueUtilsKt._setValue(first.number, "RQ-1");
            HasValueUtilsKt._setValue(first.issuer, "浙江省软件行业协会");
            HasValueUtilsKt._setValue(first.validUntil, LocalDate.now().plusYears(1));
            view.receive("证书.pdf", AdmissionFixture.pdf());
            ButtonKt._click(_get(Button.class, s -> s.withId("certificate-add")));
            var second = view.certificateRows.get(1);
            HasValueUtilsKt._setValue(second.name, "ISO 9001 质量管理体系认证");
            HasValueUtilsKt._setValue(second.number, "ISO-2");
            HasValueUtilsKt._setValue(second.issuer, "中国质量认证中心");
            HasValueUtilsKt._setValue(second.validUntil, LocalDate.now().plusYears(2));
            second.receive("ISO.pdf", AdmissionFixture.pdf());
            HasValueUtilsKt._setValue(view.referenceClient, "杭州某纺织有限公司");
            HasValueUtilsKt._setValue(view.referenceYear, LocalDate.now().getYear() - 1);
            HasValueUtilsKt._setValue(view.referenceSummary, "设备联网");
            HasValueUtilsKt._setValue(view.staffCount, 20);
            HasValueUtilsKt._setValue(view.scenarios, Set.of("SC08"));
            ButtonKt._click(_get(Button.class, s -> s.withId("application-submit")));

            var mine = SignedIn.as(provider.admin(), () -> applications.mine());
            assertThat(mine).singleElement().satisfies(a -> {
                assertThat(a.getAuthorityTenantId()).isEqualTo(authority);
                assertThat(a.getQualifications().certificates()).extracting(c -> c.name(), c -> c.contentType())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("软件企业证书", "application/pdf"),
                                org.assertj.core.groups.Tuple.tuple("ISO 9001 质量管理体系认证", "application/pdf"));
            });
            assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("application-status")).getText())
                    .isEqualTo(text("admission.status.UNDER_REVIEW"));
            com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, s -> s.withId("application-submit"));
        });
    }

    @Test
    void the_reviewer_finds_the_expert_review_on_the_home_page_and_it_opens_the_application() {
        PoolApplication application = applied(authority);
        TenantContext.runAs(authority, () -> {
            open(reviewer, TenantKind.AUTHORITY, "home");
            ButtonKt._click(_get(Button.class, s -> s.withId("task-action-expertReview")));
            assertThat(com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath())
                    .isEqualTo("admission/reviews/" + application.getId());
            _get(RadioButtonGroup.class, s -> s.withId("review-outcome"));
        });
    }
}
