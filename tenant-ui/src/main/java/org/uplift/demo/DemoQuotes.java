package org.uplift.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.CatalogueQuery;
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
 * The quotes' demo state: the demo SME (owner@sme.demo) asked 杭州数智工场 and 杭州云栖智造 for a quote on one of
 * 数智工场's packages; 数智工场 has answered, 云栖智造's consultant still has the task, so both sides find real work.
 * Seeding twice changes nothing (the SME's first request stays its only one).
 */
@Component
@Order(40)
class DemoQuotes implements DemoStep {

    static final String SME = "91330110571234564E";
    static final String ANSWERING = "91330106682345179L";
    static final String WAITING = "913301067A12B34C3N";

    private static final Logger log = LoggerFactory.getLogger(DemoQuotes.class);

    private final Organisations organisations;
    private final Catalogue catalogue;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;

    DemoQuotes(Organisations organisations, Catalogue catalogue, QuoteRequests requests, ProviderQuotes quotes) {
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.requests = requests;
        this.quotes = quotes;
    }

    @Override
    public void seed() {
        Map<String, String> byCreditCode = organisations.all().stream()
                .filter(o -> o.getCreditCode() != null && List.of(SME, ANSWERING, WAITING).contains(o.getCreditCode()))
                .collect(Collectors.toMap(Organisation::getCreditCode, Organisation::getId, (x, y) -> x));
        if (byCreditCode.size() < 3) {
            return;
        }
        String sme = byCreditCode.get(SME);
        String answering = byCreditCode.get(ANSWERING);
        String waiting = byCreditCode.get(WAITING);
        QuoteRequest request = TenantContext.callAs(sme, () -> SystemWork.call("demo data: the SME's quote request",
                () -> {
                    if (!requests.mine().isEmpty()) {
                        return null;
                    }
                    Optional<CatalogueItem> item = catalogue.search(CatalogueQuery.all().withProvider(answering))
                            .items().stream().findFirst();
                    return requests.request(item.map(CatalogueItem::packageId).orElse(null),
                            "精密加工车间 40 台数控机床，希望实现设备联网、报工和质量追溯，明年一季度前上线。",
                            List.of(answering, waiting));
                }));
        if (request == null) {
            return;
        }
        String quoteId = request.offerOf(answering).orElseThrow().getQuoteId();
        TenantContext.runAs(answering, () -> SystemWork.run("demo data: the provider's answer",
                () -> quotes.answer(quoteId, answer())));
        log.info("Demo quote request seeded: {} (one answer, one waiting)", request.getId());
    }

    private static QuoteAnswer answer() {
        return new QuoteAnswer(18_600_000, List.of(
                new CostLine(CostCategory.SOFTWARE, 9_800_000, "MES 软件许可（40 台设备，含质量追溯模块）"),
                new CostLine(CostCategory.DATA_COLLECTION_HARDWARE, 4_800_000, "数控机床数据采集网关 20 台"),
                new CostLine(CostCategory.CONSULTING, 4_000_000, "现场实施、流程梳理与操作培训")),
                "40 台数控机床联网采集；工单下达、扫码报工；首件检验与不良追溯；车间看板。", 14, null,
                List.of(new QuoteMilestone("现场调研与方案确认", 14, "需求调研报告与实施方案"),
                        new QuoteMilestone("设备联网完成", 42, "设备接入清单与数据采集验收记录"),
                        new QuoteMilestone("系统上线", 98, "上线验收单与培训记录")));
    }
}
