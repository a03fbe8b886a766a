package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.uplift.e2e.AnswerQuotePage.Answer;
import org.uplift.e2e.PoolApplicationPage.Application;
import org.uplift.e2e.RegistrationPage.Sme;
import org.uplift.e2e.SolutionEditorPage.Package;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.workflows.admission.AdmissionProcess;

/**
 * The marketplace end to end, in four browsers at once (four people, each with their own session): a new digital
 * service provider registers and applies to the demo authority's pool, a reviewer admits it, the public notice
 * passes, the provider publishes a package; a demo SME finds it under "recommended for you" and asks that provider
 * and a second one for a quote; one declines, the other answers; the SME accepts, which makes the engagement on both
 * sides; a milestone is delivered and confirmed; the SME completes the engagement and rates the provider. The one step not taken in a browser is the notice period itself: the
 * test executes the process's notice timer, as seven days passing would.
 */
@TestPropertySource(properties = {"uplift.demo.enabled=true", "uplift.demo.peers=true"})
class MarketplaceJourneyIT extends EndToEndTest {

    static final String DEMO_PASSWORD = "Uplift-demo-2026";
    static final String REVIEWER = "reviewer@authority.demo";
    static final String PROVIDER_NAME = "杭州之江智联数字科技有限公司";
    static final String PROVIDER_ADMIN = "admin@zhijiang.provider.example";
    static final String PACKAGE_NAME = "之江全场景数字化升级套餐";
    /** Every MIIT 2024 scenario: the package closes any SME's scenario gap, so it is recommended to every SME. */
    static final List<String> ALL_SCENARIOS = java.util.stream.IntStream.rangeClosed(1, 16)
            .mapToObj(i -> String.format("SC%02d", i)).toList();

    /** A demo peer SME with a published assessment (the demo peers' owners share the demo password). */
    static final String SME_OWNER = "owner@hengrui.peer.demo";
    static final String SME_NAME = "杭州恒锐液压机械有限公司";
    static final String SECOND_PROVIDER = "杭州云栖智造信息技术有限公司";
    static final String SECOND_PROVIDER_ADMIN = "admin@yunqi.provider.demo";
    static final String NEED = "希望分两期实施，先做设备联网。";

    /** The reviewer's, the SME owner's and the second provider's browsers; the new provider's admin uses the first. */
    @RegisterExtension
    static final HeadlessChromium reviewer = new HeadlessChromium("reviewer");
    @RegisterExtension
    static final HeadlessChromium sme = new HeadlessChromium("sme");
    @RegisterExtension
    static final HeadlessChromium secondProvider = new HeadlessChromium("second-provider");

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void a_provider_admitted_to_the_pool_publishes_a_package_an_sme_finds_it_and_engages_the_provider_to_the_rating()
            throws IOException {
        var provider = new Sme(PROVIDER_NAME, TestCreditCodes.next(), "330106", null, "林之江", PROVIDER_ADMIN,
                STRONG_PASSWORD);
        registerAndConfirmProvider(provider).signIn(PROVIDER_ADMIN, STRONG_PASSWORD);
        homePage().waitUntilShown();
        open(PoolApplicationPage.PATH);
        var application = new PoolApplicationPage(driver()).waitUntilFormShown().apply(new Application(
                "工业互联网平台实施、设备联网与数据采集、质量管理系统", "软件企业证书", "浙RQ-2025-0815", "浙江省软件行业协会",
                LocalDate.now().plusYears(2), certificateScan(), "杭州某精密机械有限公司", LocalDate.now().getYear() - 1,
                "设备联网与 MES 上线，交付周期缩短 15%", 42, List.of("D3"), List.of("SC08")));
        assertThat(application.status()).isEqualTo("专家评审中");

        signIn(reviewer, REVIEWER, DEMO_PASSWORD);
        open(reviewer, AdmissionReviewsPage.PATH);
        var reviews = new AdmissionReviewsPage(reviewer.driver()).waitUntilShown();
        String applicationId = reviews.waitForApplicationFrom(PROVIDER_NAME);
        var review = reviews.claimAndOpen(applicationId).approve("资质齐全，参考项目属实。");
        assertThat(review.status()).isIn("专家评审中", "公示中"); // the notice opens in a job of its own

        application.waitForStatus("公示中");
        passTheNoticePeriod(applicationId);
        application.waitForStatus("已入库");

        open(SolutionEditorPage.LIST_PATH);
        var editor = new SolutionEditorPage(driver()).create().fill(new Package(PACKAGE_NAME,
                "覆盖全部 16 个场景的数字化升级", "从设备联网到经营决策，一次规划、分步实施。", "数据分析与决策",
                List.of("D3"), ALL_SCENARIOS, 4, new BigDecimal("88000"), "软件许可、实施与一年运维", "软件", "平台软件许可",
                90)).publish();
        assertThat(editor.publishedVersion()).isEqualTo("已发布第 1 版");
        String packageId = editor.packageId();
        chromium.screenshot("marketplace-package-published");

        // An SME with a published assessment finds it under "recommended for you" and asks two providers.
        signIn(sme, SME_OWNER, DEMO_PASSWORD);
        open(sme, RecommendationsPage.PATH);
        var recommendations = new RecommendationsPage(sme.driver()).waitForPackage(packageId);
        assertThat(recommendations.reason(packageId)).isNotBlank();
        var catalogued = recommendations.open(packageId);
        assertThat(catalogued.title()).isEqualTo(PACKAGE_NAME);
        var newRequest = catalogued.requestQuote();
        assertThat(newRequest.providers()).containsExactly(PROVIDER_NAME);
        var request = newRequest.alsoAsk(SECOND_PROVIDER).describe(NEED).send();

        // The second provider declines; the new provider answers.
        signIn(secondProvider, SECOND_PROVIDER_ADMIN, DEMO_PASSWORD);
        open(secondProvider, IncomingQuotesPage.PATH);
        new IncomingQuotesPage(secondProvider.driver()).waitUntilShown().open(SME_NAME, PACKAGE_NAME).claim()
                .decline("本季度实施团队已排满，无法按期交付。");
        open(IncomingQuotesPage.PATH);
        new IncomingQuotesPage(driver()).waitUntilShown().open(SME_NAME, PACKAGE_NAME).claim().answer(new Answer("软件",
                new BigDecimal("86000"), "平台软件许可与实施", "16 个场景的规划、实施与一年运维", 12, "现状调研与方案",
                30, "调研报告与实施方案"));

        request.waitForOffer(SECOND_PROVIDER, "已谢绝").waitForOffer(PROVIDER_NAME, "已报价");
        assertThat(request.offerText(SECOND_PROVIDER)).contains("本季度实施团队已排满");
        assertThat(request.offerText(PROVIDER_NAME)).contains("¥86,000.00");

        // Accepting makes the engagement, on both sides.
        var engagement = request.accept(PROVIDER_NAME);
        assertThat(engagement.price()).isEqualTo("¥86,000.00");
        assertThat(engagement.milestoneState(0)).isEqualTo("待交付");
        open(EngagementPage.LIST_PATH);
        var delivered = new EngagementPage(driver()).openWith(SME_NAME);
        assertThat(delivered.price()).isEqualTo("¥86,000.00");

        // A milestone is delivered and confirmed; the SME completes the engagement and rates the provider.
        delivered.deliver(0, "调研报告与实施方案已提交，请审阅。");
        assertThat(delivered.milestoneState(0)).isEqualTo("待确认");
        engagement.waitForMilestone(0, "待确认").confirm(0);
        assertThat(engagement.milestoneState(0)).isEqualTo("已确认");
        engagement.complete().rate(5, "调研扎实，方案清楚。");
        assertThat(engagement.rating()).contains("5 星").contains("调研扎实，方案清楚。");
        delivered.waitForMilestone(0, "已确认");
        chromium.screenshot("marketplace-engagement-rated");
    }

    /**
     * The shortcut the journey allows: the public notice's timer (seven days) is executed now, as the job
     * executor would once it is due; everything after it runs as in production.
     */
    private void passTheNoticePeriod(String applicationId) {
        String instanceId = runtime.createProcessInstanceQuery().processDefinitionKey(AdmissionProcess.KEY)
                .processInstanceBusinessKey(applicationId).singleResult().getId();
        Job timer = await().atMost(Duration.ofSeconds(30)).until(() -> management.createJobQuery()
                .processInstanceId(instanceId).activityId(AdmissionProcess.NOTICE_PASSED).timers().singleResult(),
                job -> job != null);
        management.executeJob(timer.getId());
    }

    /** A small, valid one-page PDF standing in for the scanned certificate. */
    private static Path certificateScan() throws IOException {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<<>>>>endobj\n"
                + "4 0 obj<</Length 0>>stream\nendstream endobj\n"
                + "trailer<</Root 1 0 R/Info<</Title(Software enterprise certificate)>>>>\n%%EOF\n";
        Path dir = Files.createDirectories(Path.of("target", "e2e-data"));
        return Files.write(dir.resolve("软件企业证书.pdf"), pdf.getBytes(StandardCharsets.US_ASCII)).toAbsolutePath();
    }
}
