package org.uplift.subsidy.claim;

import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.BudgetLedger;

/**
 * Accepted applications for the claim journey: a real application driven to REGISTERED through the domain (the
 * steps the application process takes), then {@link ApplicationAccepted} published as the acceptance step will.
 */
public final class ClaimFixture {

    public static final long AMOUNT = 2_000_000;

    public final ApplicationFixture applications;
    public final SubsidyClaims claims;
    private final SubsidyApplications service;
    private final BudgetLedger ledger;
    private final ApplicationContext context;

    public ClaimFixture(ApplicationContext context) {
        this.context = context;
        this.applications = new ApplicationFixture(context);
        this.claims = context.getBean(SubsidyClaims.class);
        this.service = context.getBean(SubsidyApplications.class);
        this.ledger = context.getBean(BudgetLedger.class);
    }

    /** Applies, recommends, approves, reserves {@link #AMOUNT}, offers and accepts: the application is REGISTERED. */
    public String registered(String authority, String programme, TestSmes.Sme sme, Engagement engagement) {
        String id = applications.apply(sme, ApplicationFixture.form(engagement, programme)).getApplicationId();
        asProcess(authority, () -> service.recordEligibility(id, List.of(), 8_000_000, AMOUNT));
        as(Role.DISTRICT_OFFICER, authority, "qian", () -> service.recommend(id, "推荐"));
        as(Role.REVIEWER, authority, "wu", () -> service.approve(id, "同意"));
        asProcess(authority, () -> ledger.reserve(programme, AMOUNT, SubsidyApplications.subject(id), id));
        asProcess(authority, () -> service.offer(id));
        applications.asOwner(sme, () -> service.acceptOffer(id));
        return id;
    }

    /** Publishes the acceptance of a registered application, with the amount the evaluator confirmed. */
    public void accept(String authority, String applicationId, long amountFen, Instant acceptedAt) {
        SubsidyApplication kase = asProcess(authority, () -> service.find(applicationId)).orElseThrow();
        context.publishEvent(new ApplicationAccepted(applicationId, authority, kase.getSmeTenantId(),
                kase.getProviderTenantId(), kase.getProgrammeId(), 2, amountFen, acceptedAt));
    }

    public static ClaimUpload pdf(String name) {
        byte[] bytes = TestFiles.pdf(2000);
        return new ClaimUpload(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    /** A complete filing: one invoice, paid today in full, one proof of payment, one usage screenshot. */
    public static ClaimFiling filing() {
        return new ClaimFiling(List.of("33012345 00001234"), List.of(pdf("发票.pdf")), ApplicationFixture.today(),
                8_000_000, List.of(pdf("银行回单.pdf")), List.of(pdf("系统使用截图.pdf")));
    }
}
