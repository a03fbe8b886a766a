package org.uplift.ui.assessment.result;

import java.util.Locale;

import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.gap.Gap;

import org.uplift.ui.catalogue.CatalogueRoutes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What stands between the assessment and the next level: points missing, scenarios (and constrained
 * ones) to raise, and the questions whose one-step improvement gains the most points; each scenario links to
 * the catalogue's packages for it, and the whole gap to "recommended for you".
 */
class GapList extends Div {

    GapList(String id, Framework framework, Evaluation evaluation) {
        setId(id);
        addClassName("uplift-card");
        add(new H3(getTranslation("result.gap.title")));
        if (evaluation.gap().isEmpty()) {
            add(new Paragraph(getTranslation("result.gap.top")));
            return;
        }
        Gap gap = evaluation.gap().get();
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("result.gap.to", getTranslation(Texts.levelKey(gap.targetLevel())))));
        var summary = new UnorderedList();
        summary.add(new ListItem(gap.pointsMissing().signum() > 0
                ? getTranslation("result.gap.points", Texts.score(gap.pointsMissing()))
                : getTranslation("result.gap.pointsMet")));
        summary.add(new ListItem(gap.scenariosMissing() > 0 || gap.constrainedMissing() > 0
                ? getTranslation("result.gap.scenarios", gap.scenariosMissing(), gap.targetLevel(),
                        gap.constrainedMissing())
                : getTranslation("result.gap.scenariosMet")));
        add(summary);
        var recommended = new Anchor(CatalogueRoutes.RECOMMENDATIONS, getTranslation("catalogue.gap.recommendations"));
        recommended.getElement().setAttribute("router-link", true);
        recommended.setId("gap-recommendations");
        add(recommended);
        if (!gap.scenarioSteps().isEmpty()) {
            add(new H4(getTranslation("result.gap.scenarioSteps")));
            var steps = new UnorderedList();
            gap.scenarioSteps().forEach(step -> {
                var solutions = new Anchor(CatalogueRoutes.forScenario(step.scenarioKey()),
                        getTranslation("catalogue.gap.forScenario"));
                solutions.getElement().setAttribute("router-link", true);
                solutions.setId("gap-solutions-" + step.scenarioKey());
                steps.add(new ListItem(new Span(scenarioStep(framework, step, locale)
                        + " "), solutions));
            });
            add(steps);
        }
        if (!gap.questionSteps().isEmpty()) {
            add(new H4(getTranslation("result.gap.questionSteps")));
            var steps = new UnorderedList();
            gap.questionSteps().forEach(step -> steps.add(new ListItem(questionStep(framework, step, locale))));
            add(steps);
        }
    }

    private String scenarioStep(Framework framework, Gap.ScenarioStep step, Locale locale) {
        Scenario scenario = framework.scenario(step.scenarioKey()).orElseThrow();
        String name = Texts.of(locale, scenario.nameZh(), scenario.nameEn())
                + (step.constrained() ? getTranslation("result.constrainedMark") : "");
        return getTranslation("result.gap.scenarioStep", name, step.currentLevel(), step.targetLevel());
    }

    private String questionStep(Framework framework, Gap.QuestionStep step, Locale locale) {
        Question question = framework.question(step.questionKey()).orElseThrow();
        Option option = question.option(step.option()).orElseThrow();
        return getTranslation("result.gap.questionStep", question.key(),
                Texts.of(locale, question.titleZh(), question.titleEn()), Texts.of(locale, option.zh(), option.en()),
                Texts.score(step.gain()));
    }
}
