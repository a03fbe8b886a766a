package org.uplift.ui.assessment.sharing;

import java.util.List;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.recommendation.Recommendation;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;

/**
 * The improvement plan the journey stored on an assessment, read-only, in its order: scenarios to raise
 * for the next level (constrained ones marked), the questions whose answers gain the missing points, and
 * steps for the weakest dimension. {@code new RecommendationsPanel(assessmentId)} reads the current SME's
 * assessment; the other constructor shows an assessment already at hand.
 */
public class RecommendationsPanel extends VerticalLayout {

    public RecommendationsPanel(String assessmentId) {
        Assessments assessments = VaadinService.getCurrent().getInstantiator().getOrCreate(Assessments.class);
        assessments.find(assessmentId).ifPresentOrElse(a -> init(a, assessments.framework(a)), () -> init(null, null));
    }

    public RecommendationsPanel(Assessment assessment, Framework framework) {
        init(assessment, framework);
    }

    private void init(Assessment assessment, Framework framework) {
        setId("recommendations");
        setPadding(false);
        add(new H3(getTranslation("recommendation.title")));
        List<Recommendation> plan = assessment == null ? List.of() : assessment.getRecommendations();
        if (plan.isEmpty()) {
            var none = new Paragraph(getTranslation(assessment != null && assessment.getStatus() == Assessment.Status.PUBLISHED
                    ? "recommendation.none" : "recommendation.notYet"));
            none.addClassName("uplift-muted");
            add(none);
            return;
        }
        var list = new OrderedList();
        plan.forEach(step -> list.add(item(step, framework)));
        add(list);
    }

    private ListItem item(Recommendation step, Framework framework) {
        var item = new ListItem();
        item.getElement().setAttribute("data-rank", String.valueOf(step.rank()));
        item.getElement().setAttribute("data-key", step.key());
        if (step.kind() == Recommendation.Kind.SCENARIO) {
            item.add(new Span(getTranslation("recommendation.scenario",
                    FrameworkLabels.scenario(framework, step.key(), getLocale()), step.currentLevel(), step.targetLevel())));
            if (step.constrained()) {
                item.add(badge(getTranslation("recommendation.constrained"), "badge contrast"));
            }
        } else {
            item.add(new Span(getTranslation("recommendation.question",
                    FrameworkLabels.question(framework, step.key(), getLocale()),
                    FrameworkLabels.option(framework, step.key(), step.option(), getLocale()),
                    step.gain() == null ? "" : step.gain().stripTrailingZeros().toPlainString())));
        }
        item.add(badge(step.reason() == Recommendation.Reason.NEXT_LEVEL
                ? getTranslation("recommendation.forLevel", step.targetLevel())
                : getTranslation("recommendation.weakest", FrameworkLabels.section(framework, step.sectionKey(), getLocale())),
                "badge"));
        return item;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return badge;
    }
}
