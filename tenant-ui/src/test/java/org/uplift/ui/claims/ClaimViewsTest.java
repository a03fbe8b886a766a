package org.uplift.ui.claims;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.claim.ClaimFileKind;
import org.uplift.subsidy.claim.ClaimStatus;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The SME owner files the claim on its page; finance approves or rejects it; a manager claws it back. */
@UpliftTest
class ClaimViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    ApplicationWork applicationWork;
    @Autowired
    SubsidyClaims claims;

    ApplicationFixture f;
    String authority;
    String programme;
    TestSmes.Sme sme;
    String id;

    @BeforeEach
    void anAcceptedApplication() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        Engagement engagement = f.engagement(sme);
        id = SignedIn.as(sme.owner(), () -> applications.apply(ApplicationFixture.form(engagement, programme)))
                .getApplicationId();
        await().atMost(Duration.ofSeconds(60)).until(() -> status() == ApplicationStatus.DISTRICT_REVIEW);
        decide(member(authority, Role.DISTRICT_OFFICER));
        decide(member(authority, Role.REVIEWER));
        await().atMost(Duration.ofSeconds(60)).until(() -> status() == ApplicationStatus.OFFERED);
        SignedIn.as(sme.owner(), () -> applicationWork.acceptOffer(id));
        var kase = ApplicationFixture.asProcess(authority, () -> applications.find(id)).orElseThrow();
        context.publishEvent(new ApplicationAccepted(id, authority, sme.tenantId(), kase.getProviderTenantId(),
                programme, 2, kase.getAmountFen(), Instant.now()));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    ApplicationStatus status() {
        return SignedIn.as(sme.owner(), () -> applications.find(id)).orElseThrow().getStatus();
    }

    void decide(SignInAccount reviewer) {
        SignedIn.as(reviewer, () -> applicationWork.decide(applicationWork.review(id).orElseThrow().taskId(),
                ReviewDecision.APPROVE, null, null));
    }

    SignInAccount member(String tenant, Role role) {
        String email = "c-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(tenant, () -> accounts.create(email, "成员 " + role, TestSmes.PASSWORD, Set.of(role)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    void open(SignInAccount account, TenantKind kind, String route) {
        BrowserlessUi.signIn(account, kind);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(route);
    }

    SubsidyClaim claim() {
        return SignedIn.as(sme.owner(), () -> claims.find(id)).orElseThrow();
    }

    void fileAsOwner() {
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + id + "/claim");
            ClaimView view = _get(ClaimView.class);
            HasValueUtilsKt._setValue(view.invoiceNumbers, "33012345，33012346");
            for (ClaimFileKind kind : ClaimFileKind.values()) {
                view.choose(kind, kind.name().toLowerCase() + ".pdf", TestFiles.pdf(2000));
            }
            HasValueUtilsKt._setValue(view.paymentDate, ApplicationFixture.today());
            HasValueUtilsKt._setValue(view.amountPaid, new BigDecimal("80000.00"));
            ButtonKt._click(view.file);
        });
    }

    @Test
    void the_application_page_links_to_its_claim() {
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + id);
            var link = _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("application-claim"));
            assertThat(link.getHref()).isEqualTo("applications/" + id + "/claim");
            assertThat(link.getText()).isEqualTo(link.getTranslation("applications.claim"));
        });
    }

    @Test
    void the_owner_sees_each_missing_field_then_files_the_claim_with_its_files() {
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "applications/" + id + "/claim");
            ClaimView view = _get(ClaimView.class);
            ButtonKt._click(view.file);
            assertThat(view.invoiceNumbers.isInvalid()).isTrue();
            assertThat(view.invoiceNumbers.getErrorMessage())
                    .isEqualTo(view.getTranslation(SubsidyClaims.INVOICE_NUMBER_REQUIRED));
            assertThat(view.paymentDate.isInvalid()).isTrue();
            assertThat(view.amountPaid.isInvalid()).isTrue();
            assertThat(view.fileErrors.get(ClaimFileKind.USAGE).isVisible()).isTrue();
            assertThat(view.fileErrors.get(ClaimFileKind.USAGE).getText())
                    .isEqualTo(view.getTranslation(SubsidyClaims.FILES_REQUIRED));
        });
        assertThat(claim().getStatus()).isEqualTo(ClaimStatus.AWAITING_CLAIM);

        fileAsOwner();

        assertThat(claim().getStatus()).isEqualTo(ClaimStatus.FILED);
        assertThat(claim().getInvoiceNumbers()).containsExactly("33012345", "33012346");
        assertThat(claim().getFiles()).hasSize(3);
        TenantContext.runAs(sme.tenantId(), () -> {
            ClaimView view = _get(ClaimView.class);
            assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("claim-status")).getText())
                    .isEqualTo(view.getTranslation("claims.status.FILED"));
            assertThat(_find(Button.class, s -> s.withId("claim-file"))).isEmpty();
        });
    }

    @Test
    void finance_claims_the_approval_needs_a_reason_to_reject_and_records_the_disbursement_a_manager_claws_back() {
        fileAsOwner();
        SignInAccount finance = member(authority, Role.FINANCE_OFFICER);
        TenantContext.runAs(authority, () -> {
            open(finance, TenantKind.AUTHORITY, "claims/approvals");
            assertThat(_get(HorizontalLayout.class, s -> s.withClasses("claim-approval-item"))
                    .getElement().getAttribute("data-application")).isEqualTo(id);
            ButtonKt._click(_get(Button.class, s -> s.withId("claim-take-" + id)));

            UI.getCurrent().navigate("applications/" + id + "/claim");
            ClaimView view = _get(ClaimView.class);
            ButtonKt._click(view.reject);
            assertThat(view.reason.isInvalid()).isTrue();
            assertThat(view.reason.getErrorMessage()).isEqualTo(view.getTranslation(SubsidyClaims.REASON_REQUIRED));
            HasValueUtilsKt._setValue(view.disbursed, new BigDecimal("1000000.00"));
            HasValueUtilsKt._setValue(view.reference, "HZ-2026-0042");
            ButtonKt._click(view.approve);
            assertThat(view.disbursed.isInvalid()).isTrue();
            HasValueUtilsKt._setValue(view.disbursed, new BigDecimal("20000.00"));
            ButtonKt._click(view.approve);
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> claim().getStatus() == ClaimStatus.PAID);
        assertThat(claim().getDisbursement().reference()).isEqualTo("HZ-2026-0042");

        SignInAccount manager = member(authority, Role.PROGRAMME_MANAGER);
        TenantContext.runAs(authority, () -> {
            open(manager, TenantKind.AUTHORITY, "applications/" + id + "/claim");
            ClaimView view = _get(ClaimView.class);
            ButtonKt._click(view.clawBack);
            assertThat(view.clawbackReason.isInvalid()).isTrue();
            HasValueUtilsKt._setValue(view.clawbackReason, "复核发现系统未实际使用");
            ButtonKt._click(view.clawBack);
            assertThat(claim().getStatus()).isEqualTo(ClaimStatus.CLAWED_BACK);

            UI.getCurrent().navigate("programmes/" + programme);
            @SuppressWarnings("unchecked")
            Grid<org.uplift.subsidy.ledger.BudgetMovement> movements = _get(Grid.class,
                    s -> s.withId("programme-movements"));
            assertThat(movements.getGenericDataView().getItems().map(m -> m.getKind().name()))
                    .containsExactly("RESERVE", "PAY", "CLAWBACK");
            assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("budget-paid")).getText())
                    .isEqualTo("¥0.00");
        });
    }
}
