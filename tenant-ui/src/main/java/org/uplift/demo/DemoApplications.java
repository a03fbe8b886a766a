package org.uplift.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessments;
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
import org.uplift.workflows.subsidy.ApplicationProcess;

/**
 * The applications' demo state, for the second demo SME 杭州安澜精工 (owner@anlan.sme.demo; the first demo SME
 * keeps its untouched first-assessment and quote journeys): a published assessment (T0, level 1), two engagements
 * with 浙江精益质控 (quotes asked, answered and accepted through the real services), and two
 * applications to the demo authority: to {@code hz-pilot-2026}, waiting for the district recommendation
 * (district@authority.demo or the manager), and to {@code zs-tiered-2026}, recommended and waiting for the
 * expert review (reviewer@authority.demo). Seeding twice changes nothing (the SME's engagements stay two).
 */
@Component
@Order(60)
class DemoApplications implements DemoStep {

    static final String SME = "913301147345621845";
    /** 浙江精益质控, admitted but absent from the quote demo, so 数智工场's and 云栖's quote work stays as it was. */
    static final String PROVIDER = "91330108693452789H";

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private final Organisations organisations;
    private final Assessments assessments;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;
    private final Engagements engagements;
    private final SubsidyApplications applications;
    private final TaskService tasks;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final org.camunda.bpm.engine.ManagementService management;
    private final SubsidyProperties properties;
    private final Clock clock;

    DemoApplications(Organisations organisations, Assessments assessments, QuoteRequests requests,
            ProviderQuotes quotes, Engagements engagements, SubsidyApplications applications, TaskService tasks,
            org.camunda.bpm.engine.RuntimeService runtime, org.camunda.bpm.engine.ManagementService management,
            SubsidyProperties properties, Clock clock) {
        this.organisations = organisations;
        this.assessments = assessments;
        this.requests = requests;
        this.quotes = quotes;
        this.engagements = engagements;
        this.applications = applications;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void seed() {
        Map<String, String> ids = new java.util.HashMap<>();
        for (Organisation o : organisations.all()) {
            if (o.getCreditCode() != null && List.of(SME, PROVIDER).contains(o.getCreditCode())) {
                ids.put(o.getCreditCode(), o.getId());
            }
        }
        if (ids.size() < 2 || as(ids.get(SME), () -> !engagements.mine().isEmpty())) {
            return;
        }
        String sme = ids.get(SME);
        as(sme, () -> {
            String t0 = assessments.start().getId();
            assessments.submit(t0);
            return assessments.recordLevel(t0, 1);
        });
        Engagement lines = engagement(sme, ids.get(PROVIDER), "液压阀体加工线 12 台加工中心联网与 MES 报工。", 42_000_000);
        Engagement quality = engagement(sme, ids.get(PROVIDER), "装配车间质量追溯与云端看板。", 26_000_000);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        as(sme, () -> applications.apply(new ApplicationForm(lines.getEngagementId(), "hz-pilot-2026",
                lines.getCostLines(), today.plusDays(7), null)));
        String second = as(sme, () -> applications.apply(new ApplicationForm(quality.getEngagementId(),
                "zs-tiered-2026", quality.getCostLines(), today.plusDays(10), null))).getApplicationId();
        String authority = as(sme, () -> applications.find(second).orElseThrow().getAuthorityTenantId());
        districtTask(second).ifPresentOrElse(task -> {
            as(authority, () -> applications.recommend(second, "区县初审材料齐全，同意推荐"));
            tasks.complete(task.getId(), Map.of(ApplicationProcess.OUTCOME, "APPROVE"));
        }, () -> log.warn("Demo application {} did not reach the district recommendation in time", second));
        log.info("Demo subsidy applications seeded for {}", sme);
    }

    /**
     * The eligibility check is a job, and the job executor may not run yet while the demo is seeded: run the
     * application's pending job here (the executor taking it first is as good), then find the district's task.
     */
    private Optional<Task> districtTask(String applicationId) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Task task = tasks.createTaskQuery().processDefinitionKey(ApplicationProcess.KEY)
                    .processInstanceBusinessKey(applicationId)
                    .taskDefinitionKey(ApplicationProcess.DISTRICT_RECOMMENDATION).singleResult();
            if (task != null) {
                return Optional.of(task);
            }
            var instance = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                    .processInstanceBusinessKey(applicationId).singleResult();
            if (instance == null) {
                return Optional.empty();
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
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Engagement engagement(String sme, String provider, String need, long totalFen) {
        QuoteRequest request = as(sme, () -> requests.request(null, need, List.of(provider)));
        String quoteId = request.offerOf(provider).orElseThrow().getQuoteId();
        as(provider, () -> quotes.answer(quoteId, answer(totalFen)));
        as(sme, () -> requests.accept(request.getId(), quoteId));
        return as(sme, () -> engagements.find(quoteId).orElseThrow());
    }

    /** Software 60 %, gateways 25 %, consulting the rest (which the pilot does not fund). */
    private static QuoteAnswer answer(long totalFen) {
        long software = totalFen * 60 / 100;
        long hardware = totalFen * 25 / 100;
        return new QuoteAnswer(totalFen, List.of(new CostLine(CostCategory.SOFTWARE, software, "MES 与质量追溯软件许可"),
                new CostLine(CostCategory.DATA_COLLECTION_HARDWARE, hardware, "设备数据采集网关"),
                new CostLine(CostCategory.CONSULTING, totalFen - software - hardware, "实施与培训")),
                "设备联网、报工、质量追溯与车间看板。", 16, null,
                List.of(new QuoteMilestone("方案确认", 14, "实施方案"), new QuoteMilestone("系统上线", 100, "上线验收单")));
    }

    private static <T> T as(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("demo data: subsidy applications", work));
    }
}
