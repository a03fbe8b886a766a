package org.uplift.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.engagement.EvidenceUpload;
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteMilestone;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;

/**
 * The engagements' demo state: the demo SME (owner@sme.demo) accepted 杭州数智工场's quote on an energy-monitoring
 * need; 数智工场 delivered the first milestone with its survey report (kept in the SME's records), which waits for
 * the owner's confirmation, and its people (admin@ / consultant@provider.demo) have the next milestone to deliver.
 * Seeding twice changes nothing (the SME's first engagement stays its only one).
 */
@Component
@Order(50)
class DemoEngagements implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoEngagements.class);

    /** A one-page PDF: the survey report the provider hands in as evidence. */
    static final byte[] REPORT = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Organisations organisations;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;
    private final Engagements engagements;
    private final EngagementMilestones milestones;

    DemoEngagements(Organisations organisations, QuoteRequests requests, ProviderQuotes quotes,
            Engagements engagements, EngagementMilestones milestones) {
        this.organisations = organisations;
        this.requests = requests;
        this.quotes = quotes;
        this.engagements = engagements;
        this.milestones = milestones;
    }

    @Override
    public void seed() {
        Map<String, String> byCreditCode = organisations.all().stream()
                .filter(o -> o.getCreditCode() != null
                        && List.of(DemoQuotes.SME, DemoQuotes.ANSWERING).contains(o.getCreditCode()))
                .collect(Collectors.toMap(Organisation::getCreditCode, Organisation::getId, (x, y) -> x));
        if (byCreditCode.size() < 2) {
            return;
        }
        String sme = byCreditCode.get(DemoQuotes.SME);
        String provider = byCreditCode.get(DemoQuotes.ANSWERING);
        QuoteRequest request = TenantContext.callAs(sme, () -> SystemWork.call("demo data: the SME's engagement",
                () -> engagements.mine().isEmpty() ? requests.request(null,
                        "空压站和热处理炉的能耗在线监测，按班组出能耗报表，找出节能空间。", List.of(provider)) : null));
        if (request == null) {
            return;
        }
        String quoteId = request.offerOf(provider).orElseThrow().getQuoteId();
        TenantContext.runAs(provider, () -> SystemWork.run("demo data: the provider's answer",
                () -> quotes.answer(quoteId, answer())));
        TenantContext.runAs(sme, () -> SystemWork.run("demo data: the SME accepts",
                () -> requests.accept(request.getId(), quoteId)));
        Engagement delivered = TenantContext.callAs(provider, () -> SystemWork.call("demo data: first delivery",
                () -> milestones.deliver(quoteId, 0, "已完成空压站与热处理车间的现场调研，调研报告见附件，请确认。",
                        List.of(new EvidenceUpload("能耗调研报告.pdf", REPORT.length, new ByteArrayInputStream(REPORT))))));
        log.info("Demo engagement seeded: {} (first milestone delivered, awaiting confirmation)",
                delivered.getEngagementId());
    }

    private static QuoteAnswer answer() {
        return new QuoteAnswer(9_600_000, List.of(
                new CostLine(CostCategory.SOFTWARE, 4_200_000, "能耗监测平台订阅一年（含班组报表）"),
                new CostLine(CostCategory.DATA_COLLECTION_HARDWARE, 3_600_000, "智能电表与采集网关 24 套"),
                new CostLine(CostCategory.CONSULTING, 1_800_000, "现场调研、安装调试与节能诊断")),
                "空压站 4 台空压机与 6 台热处理炉的电、气在线计量；班组能耗报表；月度节能诊断。", 10, null,
                List.of(new QuoteMilestone("现场调研", 10, "能耗调研报告"),
                        new QuoteMilestone("计量设备安装完成", 35, "设备安装清单与数据接入记录"),
                        new QuoteMilestone("平台上线与节能诊断", 70, "上线验收单与首份节能诊断报告")));
    }
}
