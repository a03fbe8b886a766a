package org.uplift.ui.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.ScoringMethod;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.ui.component.Localized;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The last step: what is still open in each section (with links back to it) and the score and level the
 * current answers would give. Unanswered questions score 0; the owner may submit anyway.
 */
class ReviewStep extends VerticalLayout {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    ReviewStep(Framework framework, List<Section> sections, Answers answers, Score score, Optional<Integer> level,
            IntConsumer jumpToSection, Component submitArea) {
        setPadding(false);
        setId("review");
        add(new H3(getTranslation("wizard.review.title")), provisional(framework, score, level));
        int open = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            List<String> unanswered = section.unanswered(answers);
            open += unanswered.size();
            add(sectionSummary(section, i, unanswered, jumpToSection));
        }
        var summary = new Paragraph(open == 0 ? getTranslation("wizard.review.complete")
                : getTranslation("wizard.review.open", open));
        summary.setId("review-open");
        add(summary, submitArea);
    }

    private Component provisional(Framework framework, Score score, Optional<Integer> level) {
        var card = new Div();
        card.addClassName("uplift-card");
        card.setWidthFull();
        card.setId("provisional-score");
        var total = new Span(getTranslation("wizard.review.total", plain(score.totalScore()), plain(HUNDRED)));
        total.setId("provisional-total");
        total.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        var note = new Span(getTranslation("wizard.review.provisional"));
        note.addClassName("uplift-muted");
        card.add(new Div(total), new Div(note));
        boolean points = framework.scoring() == ScoringMethod.SUM_OF_POINTS;
        for (Dimension dimension : framework.dimensions()) {
            BigDecimal max = points ? dimension.maxPoints() : HUNDRED;
            card.add(new Div(new Span(getTranslation("wizard.review.dimension",
                    Localized.text(getLocale(), dimension.nameZh(), dimension.nameEn()),
                    plain(score.dimensionScores().get(dimension.key())), plain(max)))));
        }
        level.ifPresent(value -> {
            var expected = new Span(getTranslation("wizard.review.level", Levels.name(this, value)));
            expected.setId("provisional-level");
            card.add(new Div(expected));
        });
        return card;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private Component sectionSummary(Section section, int index, List<String> unanswered, IntConsumer jump) {
        var block = new Div();
        block.setWidthFull();
        block.setId("review-" + section.key());
        block.add(new H4(getTranslation("wizard.review.section", section.name(getLocale()),
                section.total() - unanswered.size(), section.total())));
        if (unanswered.isEmpty()) {
            var done = new Span(getTranslation("wizard.review.sectionComplete"));
            done.addClassName("uplift-muted");
            block.add(done);
        }
        for (String key : unanswered) {
            var open = new Button(key + " " + title(section, key), e -> jump.accept(index));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setId("review-open-" + key);
            block.add(new Div(open));
        }
        return block;
    }

    private String title(Section section, String key) {
        return section.questions().stream().filter(q -> q.key().equals(key))
                .map(q -> Localized.text(getLocale(), q.titleZh(), q.titleEn()))
                .findFirst()
                .orElseGet(() -> section.scenarios().stream().filter(s -> s.key().equals(key))
                        .map(s -> Localized.text(getLocale(), s.nameZh(), s.nameEn())).findFirst().orElse(""));
    }
}
