package org.uplift.marketplace.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

class QuoteRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static List<Violation> violations(QuoteAnswer answer) {
        try {
            QuoteRules.check(answer, TODAY).throwIfAny();
            return List.of();
        } catch (InputRejectedException e) {
            return e.violations();
        }
    }

    @Test
    void a_complete_answer_passes() {
        assertThat(violations(TestQuotes.answer())).isEmpty();
        assertThat(violations(TestQuotes.deliveredBy(TODAY.plusMonths(3)))).isEmpty();
    }

    @Test
    void cost_lines_must_add_up_to_the_total() {
        assertThat(violations(TestQuotes.answer(9_000_000, TestQuotes.answer().costLines())))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("totalFen", QuoteRules.LINES_SUM));
    }

    @Test
    void zero_or_negative_lines_and_lines_without_category_are_refused_by_position() {
        var lines = new java.util.ArrayList<CostLine>();
        lines.add(new CostLine(CostCategory.SOFTWARE, 0, "免费"));
        lines.add(new CostLine(CostCategory.CLOUD_SERVICE, -100, "倒贴"));
        lines.add(new CostLine(null, 100, "未知"));
        assertThat(violations(TestQuotes.answer(100, lines))).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("costLines[0].amountFen", QuoteRules.LINE_POSITIVE),
                        tuple("costLines[1].amountFen", QuoteRules.LINE_POSITIVE),
                        tuple("costLines[2].category", QuoteRules.LINE_CATEGORY));
    }

    @Test
    void a_zero_total_without_lines_scope_timeline_or_milestones_says_everything_at_once() {
        assertThat(violations(new QuoteAnswer(0, List.of(), " ", null, null, List.of())))
                .extracting(Violation::field, Violation::messageKey).containsExactly(
                        tuple("totalFen", QuoteRules.TOTAL_POSITIVE), tuple("costLines", QuoteRules.LINES_REQUIRED),
                        tuple("scope", "validation.required"), tuple("timelineWeeks", QuoteRules.TIMELINE_REQUIRED),
                        tuple("milestones", QuoteRules.MILESTONES_REQUIRED));
    }

    @Test
    void a_delivery_date_must_lie_ahead_and_weeks_and_due_days_in_range() {
        QuoteAnswer a = TestQuotes.answer();
        assertThat(violations(TestQuotes.deliveredBy(TODAY))).extracting(Violation::field)
                .containsExactly("deliverBy");
        assertThat(violations(new QuoteAnswer(a.totalFen(), a.costLines(), a.scope(), 0, null,
                List.of(new QuoteMilestone("上线", 0, "验收单"), new QuoteMilestone(" ", 3, " ")))))
                .extracting(Violation::field).containsExactly("timelineWeeks", "milestones[0].dueInDays",
                        "milestones[1].title", "milestones[1].deliverable");
    }

    @Test
    void the_rules_never_overflow_on_huge_lines() {
        var lines = List.of(new CostLine(CostCategory.SOFTWARE, Long.MAX_VALUE, "x"),
                new CostLine(CostCategory.SOFTWARE, Long.MAX_VALUE, "y"));
        assertThatThrownBy(() -> QuoteRules.check(TestQuotes.answer(Long.MAX_VALUE, lines), TODAY).throwIfAny())
                .isInstanceOf(InputRejectedException.class);
    }
}
