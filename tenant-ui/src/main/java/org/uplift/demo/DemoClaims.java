package org.uplift.demo;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Accounts;
import org.uplift.identity.SignInAccount;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteMilestone;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.subsidy.application.ApplicationForm;
import org.uplift.subsidy.application.EvaluationForm;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.claim.ClaimFiling;
import org.uplift.subsidy.claim.ClaimUpload;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.subsidy.AcceptanceWork;
import org.uplift.workflows.subsidy.ApplicationProcess;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ClaimProcess;
import org.uplift.workflows.subsidy.ClaimWork;
import org.uplift.workflows.subsidy.ReviewDecision;

/**
 * A fourth application of 杭州安澜精工 (after {@link DemoAcceptance}): a fourth engagement with 浙江精益质控, applied to
 * {@code hz-pilot-2026}, recommended by 钱科长, approved by 吴评审, the offer accepted by the owner, a newer assessment
 * published (T1, level 2), the acceptance requested, evaluated on site by evaluator@authority.demo (the level
 * confirmed, every checklist item ticked) and so accepted; the owner then files the claim with its invoice, proof
 * of payment and usage evidence: it waits for the decision of finance@authority.demo. The decisions are taken by the
 * demo people themselves, signed in as a token would name them. Seeding twice changes nothing.
 */
@Component
@Order(62)
class DemoClaims implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoClaims.class);

    private final DemoPeople people;
    private final Accounts accounts;
    private final Assessments assessments;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;
    private final Engagements engagements;
    private final SubsidyApplications applications;
    private final ApplicationWork work;
    private final AcceptanceWork acceptance;
    private final OnSiteAcceptance onSite;
    private final ClaimWork claims;
    private final SubsidyProperties properties;
    private final Clock clock;

    DemoClaims(DemoPeople people, Accounts accounts, Assessments assessments, QuoteRequests requests,
            ProviderQuotes quotes, Engagements engagements, SubsidyApplications applications, ApplicationWork work,
            AcceptanceWork acceptance, OnSiteAcceptance onSite, ClaimWork claims, SubsidyProperties properties,
            Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.assessments = assessments;
        this.requests = requests;
        this.quotes = quotes;
        this.engagements = engagements;
        this.applications = applications;
        this.work = work;
        this.acceptance = acceptance;
        this.onSite = onSite;
        this.claims = claims;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed() {
        String sme = people.tenant(DemoApplications.SME);
        String provider = people.tenant(DemoApplications.PROVIDER);
        if (sme == null || provider == null || as(sme, () -> engagements.mine().size()) != 3) {
            return;
        }
        Optional<SignInAccount> owner = accounts.findForSignIn("owner@anlan.sme.demo");
        Optional<SignInAccount> district = accounts.findForSignIn("district@authority.demo");
        Optional<SignInAccount> reviewer = accounts.findForSignIn("reviewer@authority.demo");
        Optional<SignInAccount> evaluator = accounts.findForSignIn("evaluator@authority.demo");
        if (owner.isEmpty() || district.isEmpty() || reviewer.isEmpty() || evaluator.isEmpty()) {
            return;
        }
        Engagement engagement = engagement(sme, provider);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        String id = as(sme, () -> applications.apply(new ApplicationForm(engagement.getEngagementId(),
                DemoProgrammes.HZ_PILOT, engagement.getCostLines(), today.plusDays(2), null))).getApplicationId();
        boolean offered = decide(district.get(), id, ApplicationProcess.DISTRICT_RECOMMENDATION, "区县初审材料齐全，同意推荐")
                && decide(reviewer.get(), id, ApplicationProcess.EXPERT_REVIEW, "方案可行，费用合理，同意补助")
                && people.waitFor(id, ApplicationProcess.KEY, ApplicationProcess.ACCEPT_OFFER);
        if (!offered) {
            log.warn("Demo application {} did not reach the offer in time", id);
            return;
        }
        people.signedIn(owner.get(), () -> work.acceptOffer(id));
        String t1 = as(sme, () -> {
            String assessment = assessments.start().getId();
            assessments.submit(assessment);
            assessments.recordLevel(assessment, 2);
            return assessment;
        });
        people.signedIn(owner.get(), () -> acceptance.requestAcceptance(id, t1, engagement.getCostLines()));
        if (!people.waitFor(id, ApplicationProcess.KEY, ApplicationProcess.ON_SITE_EVALUATION)) {
            log.warn("Demo application {} did not reach the on-site evaluation in time", id);
            return;
        }
        people.signedIn(evaluator.get(), () -> acceptance.evaluate(acceptance.evaluation(id).orElseThrow().taskId(),
                new EvaluationForm(2, null, onSite.checklist(), 5)));
        if (!people.waitFor(id, ClaimProcess.KEY, ClaimProcess.FILE_CLAIM)) {
            log.warn("Demo application {} was not accepted with a claim to file in time", id);
            return;
        }
        long paid = engagement.getCostLines().stream().mapToLong(CostLine::amountFen).sum();
        people.signedIn(owner.get(), () -> claims.file(id, new ClaimFiling(List.of("33012026"),
                List.of(pdf("增值税专用发票.pdf", "VAT invoice 33012026")), today, paid,
                List.of(pdf("银行付款回单.pdf", "Bank payment receipt")),
                List.of(pdf("系统使用截图.pdf", "Quality traceability system in use")))));
        log.info("Demo claim of application {} waits for the finance approval", id);
    }

    private boolean decide(SignInAccount person, String applicationId, String taskKey, String note) {
        if (!people.waitFor(applicationId, ApplicationProcess.KEY, taskKey)) {
            return false;
        }
        people.signedIn(person, () -> work.decide(work.review(applicationId).orElseThrow().taskId(),
                ReviewDecision.APPROVE, note, null));
        return true;
    }

    private static ClaimUpload pdf(String filename, String title) {
        byte[] bytes = DemoAdmission.pdf(title);
        return new ClaimUpload(filename, bytes.length, new ByteArrayInputStream(bytes));
    }

    private Engagement engagement(String sme, String provider) {
        QuoteRequest request = as(sme, () -> requests.request(null, "总装线扫码质量追溯与不良品分析。",
                List.of(provider)));
        String quoteId = request.offerOf(provider).orElseThrow().getQuoteId();
        as(provider, () -> quotes.answer(quoteId, new QuoteAnswer(12_000_000,
                List.of(new CostLine(CostCategory.SOFTWARE, 7_200_000, "质量追溯软件许可"),
                        new CostLine(CostCategory.DATA_COLLECTION_HARDWARE, 3_000_000, "扫码枪与工位终端"),
                        new CostLine(CostCategory.CONSULTING, 1_800_000, "实施与培训")),
                "总装线扫码追溯、不良品分析与质量看板。", 10, null,
                List.of(new QuoteMilestone("方案确认", 10, "实施方案"), new QuoteMilestone("系统上线", 100, "上线验收单")))));
        as(sme, () -> requests.accept(request.getId(), quoteId));
        return as(sme, () -> engagements.find(quoteId).orElseThrow());
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("demo data: subsidy claim", work));
    }
}
