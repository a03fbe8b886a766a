package org.uplift.subsidy.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.uplift.assessment.Assessments;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.QuoteFixture;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.TestProgrammes;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Authorities with open programmes and SMEs with an engagement and a published assessment, applying through the
 * real services.
 */
public final class ApplicationFixture {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public final QuoteFixture quotes;
    public final SubsidyApplications applications;
    private final Programmes programmes;
    private final Assessments assessments;
    private final Engagements engagements;
    private final Organisations organisations;

    public ApplicationFixture(ApplicationContext context) {
        this.quotes = new QuoteFixture(context);
        this.applications = context.getBean(SubsidyApplications.class);
        this.programmes = context.getBean(Programmes.class);
        this.assessments = context.getBean(Assessments.class);
        this.engagements = context.getBean(Engagements.class);
        this.organisations = context.getBean(Organisations.class);
    }

    public String authority() {
        return organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "测试经信局 " + UUID.randomUUID(),
                "330110", "周处长", "manager-" + UUID.randomUUID() + "@authority.cn", TestSmes.PASSWORD).getId();
    }

    /** The Hangzhou-pilot-shaped test programme, open, with this budget. */
    public String openProgramme(String authority, long budgetFen) {
        return openProgramme(authority, TestProgrammes.pilot(budgetFen));
    }

    /*
     * The set-up below runs as system work in each tenant, so that it works with the test actors (platform-core,
     * workflows) and with the application's live actors (tenant-ui) alike.
     */

    public String openProgramme(String authority, ProgrammeTerms terms) {
        String id = TestProgrammes.newId();
        system(authority, () -> programmes.open(programmes.create(id, terms).getId()));
        return id;
    }

    /** A registered SME (C34, 余杭) with a published assessment at level 1. */
    public TestSmes.Sme sme() {
        TestSmes.Sme sme = quotes.sme();
        system(sme.tenantId(), () -> {
            String id = assessments.start().getId();
            assessments.submit(id);
            return assessments.recordLevel(id, 1);
        });
        return sme;
    }

    /** A newer published assessment of the SME at this level: the T1 of its applications. */
    public String t1(TestSmes.Sme sme, int level) {
        return system(sme.tenantId(), () -> {
            String id = assessments.start().getId();
            assessments.submit(id);
            assessments.recordLevel(id, level);
            return id;
        });
    }

    /** The SME's owner accepted an admitted provider's answer: their engagement (the SME's copy). */
    public Engagement engagement(TestSmes.Sme sme) {
        TestProviders.Provider provider = quotes.market.admittedProvider();
        QuoteRequest request = system(sme.tenantId(), () -> quotes.requests.request(null,
                "车间需要一套 MES，覆盖报工与质量追溯", List.of(provider.tenantId())));
        String quoteId = quotes.quoteIdOf(request, provider);
        system(provider.tenantId(), () -> quotes.quotes.answer(quoteId, TestQuotes.answer()));
        system(sme.tenantId(), () -> quotes.requests.accept(request.getId(), quoteId));
        return TenantContext.callAs(sme.tenantId(), () -> engagements.find(quoteId).orElseThrow());
    }

    private static <T> T system(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> SystemWork.call("test: application set-up", work));
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The engagement's own cost lines, contract today. */
    public static ApplicationForm form(Engagement engagement, String programmeId) {
        return new ApplicationForm(engagement.getEngagementId(), programmeId, engagement.getCostLines(), today(), null);
    }

    /** ¥1,000,000 of software: 40 % is ¥400,000, above the pilot's second-review threshold of ¥300,000. */
    public static ApplicationForm large(Engagement engagement, String programmeId) {
        return new ApplicationForm(engagement.getEngagementId(), programmeId,
                List.of(new CostLine(CostCategory.SOFTWARE, 100_000_000, "MES 软件许可")), today(), null);
    }

    public SubsidyApplication apply(TestSmes.Sme sme, ApplicationForm form) {
        return quotes.asOwner(sme, () -> applications.apply(form));
    }

    public <T> T asOwner(TestSmes.Sme sme, Supplier<T> work) {
        return quotes.asOwner(sme, work);
    }

    public static <T> T as(Role role, String tenantId, String userId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> ActingWithRole.as(role, userId, work));
    }

    /** A step of the application process (system work in the authority's tenant). */
    public static <T> T asProcess(String authority, Supplier<T> work) {
        return TenantContext.callAs(authority, () -> SystemWork.call("test: application process", work));
    }
}
