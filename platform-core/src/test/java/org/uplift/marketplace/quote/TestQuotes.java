package org.uplift.marketplace.quote;

import java.time.LocalDate;
import java.util.List;

import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;

/** Valid answers for tests. */
public final class TestQuotes {

    private TestQuotes() {
    }

    /** 8 万元: 5 万 software, 3 万 consulting; 12 weeks; two milestones. */
    public static QuoteAnswer answer() {
        return answer(8_000_000, List.of(new CostLine(CostCategory.SOFTWARE, 5_000_000, "MES 软件订阅一年"),
                new CostLine(CostCategory.CONSULTING, 3_000_000, "实施与培训")));
    }

    public static QuoteAnswer answer(long totalFen, List<CostLine> lines) {
        return new QuoteAnswer(totalFen, lines, "车间 MES 上线：工单、报工、质量追溯", 12, null,
                List.of(new QuoteMilestone("需求调研完成", 14, "调研报告"), new QuoteMilestone("系统上线", 84, "上线验收单")));
    }

    public static QuoteAnswer deliveredBy(LocalDate date) {
        QuoteAnswer a = answer();
        return new QuoteAnswer(a.totalFen(), a.costLines(), a.scope(), null, date, a.milestones());
    }
}
