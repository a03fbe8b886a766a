package org.uplift.benchmarks.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
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
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.subsidy.ApplicationProcess;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

/**
 * The journey through the running platform with the demo's people (demo data on): 杭州安澜精工's owner applies to
 * {@code hz-pilot-2026} from a fresh engagement with 浙江精益质控, 钱科长 (district) recommends, 吴评审 (reviewer)
 * approves, a senior reviewer when the rules route it, the owner accepts the offer. Real delegates, MongoDB writes,
 * audit, engine authorization; the job executor is off and the driver runs the async steps, as on the bare engine.
 * Each person acts signed in as an API token would name them (see DemoPeople).
 */
public final class PlatformJourney implements Journey {

    private static final String SME = "913301147345621845";
    private static final String PROVIDER = "91330108693452789H";
    private static final String PROGRAMME = "hz-pilot-2026";

    private final SubsidyApplications applications;
    private final ApplicationWork work;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;
    private final Engagements engagements;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final Clock clock;
    private final SubsidyProperties properties;
    private final String sme;
    private final String provider;
    private final SignInAccount owner;
    private final SignInAccount district;
    private final SignInAccount reviewer;
    private final SignInAccount senior;
    private final Map<Integer, Engagement> prepared = new ConcurrentHashMap<>();

    public PlatformJourney(ApplicationContext app) {
        this.applications = app.getBean(SubsidyApplications.class);
        this.work = app.getBean(ApplicationWork.class);
        this.requests = app.getBean(QuoteRequests.class);
        this.quotes = app.getBean(ProviderQuotes.class);
        this.engagements = app.getBean(Engagements.class);
        this.tasks = app.getBean(TaskService.class);
        this.management = app.getBean(ManagementService.class);
        this.runtime = app.getBean(RuntimeService.class);
        this.clock = app.getBean(Clock.class);
        this.properties = app.getBean(SubsidyProperties.class);
        Organisations organisations = app.getBean(Organisations.class);
        this.sme = tenant(organisations, SME);
        this.provider = tenant(organisations, PROVIDER);
        Accounts accounts = app.getBean(Accounts.class);
        this.owner = account(accounts, "owner@anlan.sme.demo");
        this.district = account(accounts, "district@authority.demo");
        this.reviewer = account(accounts, "reviewer@authority.demo");
        this.senior = account(accounts, "senior@authority.demo");
    }

    /** A fresh engagement (quote request, answer, acceptance): not part of the measured journey. */
    @Override
    public void prepare(int n) {
        QuoteRequest request = system(sme, () -> requests.request(null, "注塑车间联网与能耗监测看板（压测 " + n + "）。",
                List.of(provider)));
        String quoteId = request.offerOf(provider).orElseThrow().getQuoteId();
        system(provider, () -> quotes.answer(quoteId, new QuoteAnswer(3_000_000,
                List.of(new CostLine(CostCategory.SOFTWARE, 2_000_000, "能耗监测软件"),
                        new CostLine(CostCategory.CONSULTING, 1_000_000, "实施与培训")),
                "注塑机联网与能耗看板。", 6, null,
                List.of(new QuoteMilestone("方案确认", 10, "实施方案"), new QuoteMilestone("系统上线", 100, "上线验收单")))));
        system(sme, () -> requests.accept(request.getId(), quoteId));
        prepared.put(n, system(sme, () -> engagements.find(quoteId).orElseThrow()));
    }

    @Override
    public void run(int n) {
        Engagement engagement = prepared.remove(n);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        String id = signedIn(owner, () -> applications.apply(new ApplicationForm(engagement.getEngagementId(),
                PROGRAMME, engagement.getCostLines(), today, null))).getApplicationId();
        decide(district, id, ApplicationProcess.DISTRICT_RECOMMENDATION);
        decide(reviewer, id, ApplicationProcess.EXPERT_REVIEW);
        if (waitFor(id, ApplicationProcess.SENIOR_REVIEW, ApplicationProcess.ACCEPT_OFFER)
                .equals(ApplicationProcess.SENIOR_REVIEW)) {
            decide(senior, id, ApplicationProcess.SENIOR_REVIEW);
            waitFor(id, ApplicationProcess.ACCEPT_OFFER);
        }
        SubsidyApplication accepted = signedIn(owner, () -> work.acceptOffer(id));
        waitFor(id, ApplicationProcess.REQUEST_ACCEPTANCE);
        if (accepted.getStatus() != ApplicationStatus.REGISTERED) {
            throw new IllegalStateException("Application " + id + " is " + accepted.getStatus() + ", not REGISTERED");
        }
    }

    private void decide(SignInAccount person, String applicationId, String taskKey) {
        waitFor(applicationId, taskKey);
        signedIn(person, () -> work.decide(work.review(applicationId).orElseThrow().taskId(), ReviewDecision.APPROVE,
                "压测：同意", null));
    }

    /** Runs the application's executable jobs until one of the tasks is there; its key. */
    private String waitFor(String applicationId, String... taskKeys) {
        for (int round = 0; round < 2000; round++) {
            var task = tasks.createTaskQuery().processDefinitionKey(ApplicationProcess.KEY)
                    .processInstanceBusinessKey(applicationId).taskDefinitionKeyIn(taskKeys).list();
            if (!task.isEmpty()) {
                return task.get(0).getTaskDefinitionKey();
            }
            var jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).list().stream()
                    .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable()
                            .list().stream()).toList();
            jobs.forEach(job -> management.executeJob(job.getId()));
            if (jobs.isEmpty()) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("Application " + applicationId + " did not reach " + String.join("/", taskKeys));
    }

    private <T> T signedIn(SignInAccount account, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        List<String> roles = account.roles().stream().map(Enum::name).toList();
        Instant now = clock.instant();
        Jwt jwt = Jwt.withTokenValue("benchmark").header("alg", "none").subject(account.username())
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

    private static <T> T system(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("benchmark: an engagement", work));
    }

    private static String tenant(Organisations organisations, String creditCode) {
        return organisations.all().stream().filter(o -> creditCode.equals(o.getCreditCode())).map(Organisation::getId)
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo organisation " + creditCode));
    }

    private static SignInAccount account(Accounts accounts, String username) {
        return accounts.findForSignIn(username).orElseThrow(() -> new IllegalStateException("No demo person " + username));
    }
}
