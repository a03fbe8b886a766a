package org.uplift.marketplace.quote;

import java.time.LocalDate;
import java.util.List;

import org.uplift.marketplace.solution.CostLine;
import org.uplift.validation.Violations;

/** What a provider's answer must say; every reason at once, checked before anything is written. */
final class QuoteRules {

    static final String TOTAL_POSITIVE = "quote.answer.totalPositive";
    static final String TOTAL_TOO_LARGE = "quote.answer.totalTooLarge";
    static final String LINES_REQUIRED = "quote.answer.linesRequired";
    static final String TOO_MANY_LINES = "quote.answer.tooManyLines";
    static final String LINE_CATEGORY = "quote.answer.lineCategory";
    static final String LINE_POSITIVE = "quote.answer.linePositive";
    static final String LINES_SUM = "quote.answer.linesSum";
    static final String TIMELINE_REQUIRED = "quote.answer.timelineRequired";
    static final String TIMELINE_WEEKS = "quote.answer.timelineWeeks";
    static final String DELIVER_BY_FUTURE = "quote.answer.deliverByFuture";
    static final String MILESTONES_REQUIRED = "quote.answer.milestonesRequired";
    static final String TOO_MANY_MILESTONES = "quote.answer.tooManyMilestones";
    static final String MILESTONE_DUE = "quote.answer.milestoneDue";
    static final String TOO_LONG = "quote.tooLong";

    static final long MAX_TOTAL_FEN = 100_000_000_000L; // 10 亿元
    static final int MAX_LINES = 20;
    static final int MAX_MILESTONES = 12;
    static final int MAX_WEEKS = 156;
    static final int MAX_DUE_DAYS = 1095;
    static final int MAX_SCOPE = 4000;
    static final int MAX_TEXT = 200;

    private QuoteRules() {
    }

    /** Money in a message, as yuan with its fen: 80000.00. */
    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static Violations check(QuoteAnswer answer, LocalDate today) {
        Violations v = new Violations();
        v.check(answer.totalFen() > 0, "totalFen", TOTAL_POSITIVE);
        v.check(answer.totalFen() <= MAX_TOTAL_FEN, "totalFen", TOTAL_TOO_LARGE);
        List<CostLine> lines = answer.costLines();
        v.check(!lines.isEmpty(), "costLines", LINES_REQUIRED);
        v.check(lines.size() <= MAX_LINES, "costLines", TOO_MANY_LINES, MAX_LINES);
        long sum = 0;
        boolean linesValid = true;
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            String field = "costLines[" + i + "]";
            if (line == null || line.category() == null) {
                v.add(field + ".category", LINE_CATEGORY);
                linesValid = false;
                continue;
            }
            if (line.amountFen() <= 0) {
                v.add(field + ".amountFen", LINE_POSITIVE);
                linesValid = false;
            }
            if (line.description() != null && line.description().length() > MAX_TEXT) {
                v.add(field + ".description", TOO_LONG, MAX_TEXT);
            }
            sum = Math.addExact(sum, Math.max(0, Math.min(line.amountFen(), MAX_TOTAL_FEN)));
        }
        if (linesValid && !lines.isEmpty() && answer.totalFen() > 0) {
            v.check(sum == answer.totalFen(), "totalFen", LINES_SUM, yuan(sum), yuan(answer.totalFen()));
        }
        v.requireText(answer.scope(), "scope");
        v.check(answer.scope() == null || answer.scope().length() <= MAX_SCOPE, "scope", TOO_LONG, MAX_SCOPE);
        if (answer.timelineWeeks() == null && answer.deliverBy() == null) {
            v.add("timelineWeeks", TIMELINE_REQUIRED);
        }
        if (answer.timelineWeeks() != null) {
            v.check(answer.timelineWeeks() >= 1 && answer.timelineWeeks() <= MAX_WEEKS, "timelineWeeks",
                    TIMELINE_WEEKS, 1, MAX_WEEKS);
        }
        if (answer.deliverBy() != null) {
            v.check(answer.deliverBy().isAfter(today), "deliverBy", DELIVER_BY_FUTURE);
        }
        List<QuoteMilestone> milestones = answer.milestones();
        v.check(!milestones.isEmpty(), "milestones", MILESTONES_REQUIRED);
        v.check(milestones.size() <= MAX_MILESTONES, "milestones", TOO_MANY_MILESTONES, MAX_MILESTONES);
        for (int i = 0; i < milestones.size(); i++) {
            QuoteMilestone m = milestones.get(i);
            String field = "milestones[" + i + "]";
            if (m == null) {
                v.add(field + ".title", "validation.required");
                continue;
            }
            v.requireText(m.title(), field + ".title");
            v.check(m.title() == null || m.title().length() <= MAX_TEXT, field + ".title", TOO_LONG, MAX_TEXT);
            v.requireText(m.deliverable(), field + ".deliverable");
            v.check(m.deliverable() == null || m.deliverable().length() <= MAX_TEXT, field + ".deliverable", TOO_LONG,
                    MAX_TEXT);
            v.check(m.dueInDays() >= 1 && m.dueInDays() <= MAX_DUE_DAYS, field + ".dueInDays", MILESTONE_DUE, 1,
                    MAX_DUE_DAYS);
        }
        return v;
    }
}
