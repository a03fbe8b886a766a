package org.uplift.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
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
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
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

    private final Organisations organisations;
    private final Accounts accounts;
    private final Assessments assessments;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;
    private final Engagements engagements;
    private final SubsidyApplications applications;
    private final ApplicationWork work;
    private final AcceptanceWork acceptance;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final SubsidyProperties properties;
    private final Clock clock;

    DemoAcceptance(Organisations organisations, Accounts accounts, Assessments assessments, QuoteRequests requests,
            ProviderQuotes quotes, Engagements engagements, SubsidyApplications applications, ApplicationWork work,
            AcceptanceWork acceptance, TaskService tasks, RuntimeService runtime, ManagementService management,
            SubsidyProperties properties, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.assessments = assessments;
        this.requests = requests;
        this.quotes = quotes;
        this.engagements = engagements;
        this.applications = applications;
        this.work = work;
        this.acceptance = acceptance;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
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

    /** Runs the application's pending jobs (the executor may not run yet) until the task is there. */
    private boolean waitFor(String applicationId, String taskKey) {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (tasks.createTaskQuery().processDefinitionKey(ApplicationProcess.KEY)
                    .processInstanceBusinessKey(applicationId).taskDefinitionKey(taskKey).count() > 0) {
                return true;
            }
            var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                    .processInstanceBusinessKey(applicationId).singleResult();
            if (instance == null) {
                return false;
            }
            management.createJobQuery().processInstanceId(instance.getId()).executable().list().forEach(job -> {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException takenByTheExecutor) {
                    log.debug("Demo job {} ran elsewhere: {}", job.getId(), takenByTheExecutor.toString());
                }
            });
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
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
        return organisations.all().stream().filter(o -> creditCode.equals(o.getCreditCode())).map(Organisation::getId)
                .findFirst().orElse(null);
    }

    /** Acts as the demo person, with the roles of their membership, as an API token would name them. */
    private <T> T signedIn(SignInAccount account, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        List<String> roles = account.roles().stream().map(Enum::name).toList();
        Instant now = clock.instant();
        Jwt jwt = Jwt.withTokenValue("demo-seeding").header("alg", "none").subject(account.username())
                .claim("tenant_id", account.tenantId()).claim("user_id", account.userId()).claim("roles", roles)
                .issuedAt(now).expiresAt(now.plusSeconds(60)).build();
        context.setAuthentication(new JwtAuthenticationToken(jwt,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        try {
            return TenantContext.callAs(account.tenantId(), work);
        } finally {
            context.setAuthentication(previous);
        }
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("demo data: on-site acceptance", work));
    }
}
