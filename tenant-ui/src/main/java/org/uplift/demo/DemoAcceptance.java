package org.uplift.demo;

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
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.subsidy.AcceptanceWork;
import org.uplift.workflows.subsidy.ApplicationProcess;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

/**
 * A third application of 杭州安澜精工 (after {@link DemoApplications}): a third engagement with 浙江精益质控, applied to
 * {@code hz-pilot-2026}, recommended by 钱科长, approved by 吴评审, the offer accepted by the owner, a newer assessment
 * published (T1, level 2) and the acceptance requested with the actual costs: it waits for the on-site evaluation of
 * evaluator@authority.demo. The decisions are taken by the demo people themselves, signed in as a token would name
 * them, because four eyes forbids one actor (the system) to recommend and approve. Seeding twice changes nothing.
 */
@Component
@Order(61)
class DemoAcceptance implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoAcceptance.class);

    private final DemoPeople people;
    private final Accounts accounts;
    private final Assessments assessments;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;
    private final Engagements engagements;
    private final SubsidyApplications applications;
    private final ApplicationWork work;
    private final AcceptanceWork acceptance;
    private final SubsidyProperties properties;
    private final Clock clock;

    DemoAcceptance(DemoPeople people, Accounts accounts, Assessments assessments, QuoteRequests requests,
            ProviderQuotes quotes, Engagements engagements, SubsidyApplications applications, ApplicationWork work,
            AcceptanceWork acceptance, SubsidyProperties properties, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.assessments = assessments;
        this.requests = requests;
        this.quotes = quotes;
        this.engagements = engagements;
        this.applications = applications;
        this.work = work;
        this.acceptance = acceptance;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed() {
        String sme = tenant(DemoApplications.SME);
        String provider = tenant(DemoApplications.PROVIDER);
        if (sme == null || provider == null || as(sme, () -> engagements.mine().size()) != 2) {
            return;
        }
        Optional<SignInAccount> owner = accounts.findForSignIn("owner@anlan.sme.demo");
        Optional<SignInAccount> district = accounts.findForSignIn("district@authority.demo");
        Optional<SignInAccount> reviewer = accounts.findForSignIn("reviewer@authority.demo");
        if (owner.isEmpty() || district.isEmpty() || reviewer.isEmpty()) {
            return;
        }
        Engagement engagement = engagement(sme, provider);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        String id = as(sme, () -> applications.apply(new ApplicationForm(engagement.getEngagementId(),
                DemoProgrammes.HZ_PILOT, engagement.getCostLines(), today.plusDays(3), null))).getApplicationId();
        boolean done = decide(district.get(), id, ApplicationProcess.DISTRICT_RECOMMENDATION, "区县初审材料齐全，同意推荐")
                && decide(reviewer.get(), id, ApplicationProcess.EXPERT_REVIEW, "方案可行，费用合理，同意补助")
                && waitFor(id, ApplicationProcess.ACCEPT_OFFER);
        if (!done) {
            log.warn("Demo application {} did not reach the offer in time", id);
            return;
        }
        signedIn(owner.get(), () -> work.acceptOffer(id));
        String t1 = as(sme, () -> {
            String assessment = assessments.start().getId();
            assessments.submit(assessment);
            assessments.recordLevel(assessment, 2);
            return assessment;
        });
        List<CostLine> actual = engagement.getCostLines().stream().map(l -> l.category() == CostCategory.SOFTWARE
                ? new CostLine(l.category(), l.amountFen() - 600_000, l.description()) : l).toList();
        signedIn(owner.get(), () -> acceptance.requestAcceptance(id, t1, actual));
        log.info("Demo application {} waits for the on-site evaluation", id);
    }

    private boolean decide(SignInAccount person, String applicationId, String taskKey, String note) {
        if (!waitFor(applicationId, taskKey)) {
            return false;
        }
        signedIn(person, () -> work.decide(work.review(applicationId).orElseThrow().taskId(), ReviewDecision.APPROVE,
                note, null));
        return true;
    }

    private boolean waitFor(String applicationId, String taskKey) {
        return people.waitFor(applicationId, ApplicationProcess.KEY, taskKey);
    }

    private Engagement engagement(String sme, String provider) {
        QuoteRequest request = as(sme, () -> requests.request(null, "注塑车间 8 台注塑机联网与能耗监测看板。",
                List.of(provider)));
        String quoteId = request.offerOf(provider).orElseThrow().getQuoteId();
        long total = 18_000_000;
        as(provider, () -> quotes.answer(quoteId, new QuoteAnswer(total,
                List.of(new CostLine(CostCategory.SOFTWARE, 10_800_000, "能耗监测与设备管理软件"),
                        new CostLine(CostCategory.DATA_COLLECTION_HARDWARE, 4_500_000, "电表与数据采集网关"),
                        new CostLine(CostCategory.CONSULTING, 2_700_000, "实施与培训")),
                "注塑机联网、能耗采集与车间看板。", 12, null,
                List.of(new QuoteMilestone("方案确认", 10, "实施方案"), new QuoteMilestone("系统上线", 100, "上线验收单")))));
        as(sme, () -> requests.accept(request.getId(), quoteId));
        return as(sme, () -> engagements.find(quoteId).orElseThrow());
    }

    private String tenant(String creditCode) {
        return people.tenant(creditCode);
    }

    private <T> T signedIn(SignInAccount account, Supplier<T> work) {
        return people.signedIn(account, work);
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("demo data: on-site acceptance", work));
    }
}
