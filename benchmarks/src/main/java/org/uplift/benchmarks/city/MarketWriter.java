package org.uplift.benchmarks.city;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.uplift.marketplace.engagement.GeneratedEngagements;
import org.uplift.marketplace.quote.GeneratedQuotes;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteMilestone;
import org.uplift.marketplace.quote.QuoteNeed;

/**
 * Quote rounds and engagements in a pilot city's proportions: {@value #SHARE} of the SMEs with a published result
 * asked 1–3 providers for a quote on a package (its provider and one or two others), each provider answered (4 in
 * 5) or declined; {@value #ACCEPTED_SHARE} of the rounds ended in an accepted quote and an ACTIVE engagement (a copy
 * per party), the rest expired. Only finished rounds (see {@link GeneratedQuotes}).
 */
final class MarketWriter {

    static final double SHARE = 0.12;
    static final double ACCEPTED_SHARE = 0.6;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration EXPIRES_AFTER = Duration.ofDays(10); // uplift.marketplace.quotes.expires-after

    private final BulkWriter writer;
    private final List<ProviderWriter.Listed> catalogue;
    private final Instant now;
    private long rounds;
    private long engagements;
    private final List<CityProgrammes.Engaged> engaged = new ArrayList<>();

    MarketWriter(BulkWriter writer, List<ProviderWriter.Listed> catalogue, Instant now) {
        this.writer = writer;
        this.catalogue = catalogue;
        this.now = now;
    }

    void maybeAsk(String smeTenantId, String smeName, String ownerUserId, Instant resultAt, Random random) {
        if (catalogue.isEmpty() || random.nextDouble() >= SHARE) {
            return;
        }
        ProviderWriter.Listed listed = catalogue.get(random.nextInt(catalogue.size()));
        Map<String, ProviderWriter.Provider> asked = new LinkedHashMap<>();
        asked.put(listed.provider().tenantId(), listed.provider());
        int others = random.nextInt(3);
        for (int i = 0; i < others; i++) {
            ProviderWriter.Provider other = catalogue.get(random.nextInt(catalogue.size())).provider();
            asked.putIfAbsent(other.tenantId(), other);
        }
        QuoteNeed need = new QuoteNeed(listed.packageId(), 1, listed.content().nameZh(), "希望结合我司产线情况报价并说明实施周期。");
        List<GeneratedQuotes.Reply> replies = new ArrayList<>();
        for (ProviderWriter.Provider provider : asked.values()) {
            replies.add(random.nextInt(5) < 4
                    ? new GeneratedQuotes.Reply(provider.tenantId(), provider.name(), provider.adminUserId(),
                            answer(listed, random), null)
                    : new GeneratedQuotes.Reply(provider.tenantId(), provider.name(), provider.adminUserId(), null,
                            "当前排期已满，暂无法承接。"));
        }
        Instant sentAt = resultAt.plus(Duration.ofDays(1 + random.nextInt(20)));
        if (sentAt.plus(EXPIRES_AFTER).isAfter(now)) {
            return; // still open: a finished round only
        }
        var round = GeneratedQuotes.finished(smeTenantId, smeName, ownerUserId, need, replies, sentAt, EXPIRES_AFTER,
                random.nextDouble() < ACCEPTED_SHARE);
        writer.entity(round.request());
        round.quotes().forEach(writer::entity);
        rounds++;
        if (round.accepted() != null) {
            var quote = round.accepted();
            var copies = GeneratedEngagements.accepted(quote.getId(), smeTenantId, smeName, quote.getTenantId(),
                    round.request().offer(quote.getId()).orElseThrow().getProviderName(), round.request().getId(), need,
                    quote.getAnswer(), ownerUserId, round.request().getAcceptedAt());
            copies.forEach(writer::entity);
            engaged.add(new CityProgrammes.Engaged(smeTenantId, copies.get(0).getEngagementId(),
                    copies.get(0).getCostLines(), LocalDate.ofInstant(round.request().getAcceptedAt(), BEIJING)));
            engagements++;
        }
    }

    long rounds() {
        return rounds;
    }

    long engagements() {
        return engagements;
    }

    /** The engagements written, as their SMEs may apply for a subsidy on them. */
    List<CityProgrammes.Engaged> engaged() {
        return engaged;
    }

    private static QuoteAnswer answer(ProviderWriter.Listed listed, Random random) {
        var content = listed.content();
        int weeks = Math.max(1, (content.deliveryDays() + 6) / 7);
        return new QuoteAnswer(content.priceFen(), content.costLines(), "按方案范围实施：" + content.summaryZh(), weeks, null,
                List.of(new QuoteMilestone("启动与现场调研", 7 + random.nextInt(14), "调研报告与实施计划"),
                        new QuoteMilestone("上线与验收", Math.max(28, content.deliveryDays()), "上线报告与验收单")));
    }
}
