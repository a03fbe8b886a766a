package org.uplift.ui.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.ui.component.Localized;

/**
 * One page of the wizard and the unit of assignment: a dimension's questions or a scenario area's
 * scenarios. Its key is the one {@code Assessments.assignSection} takes.
 */
record Section(String key, String nameZh, String nameEn, List<Question> questions, List<Scenario> scenarios) {

    Section {
        questions = List.copyOf(questions);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * The framework's sections in key order, which is the official order for MIIT 2024 (D1 基础,
     * D2-1..D2-4 经营 scenarios, D3 管理, D4 成效) and the natural one for frameworks without scenarios.
     */
    static List<Section> of(Framework framework) {
        List<Section> sections = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            sections.add(new Section(dimension.key(), dimension.nameZh(), dimension.nameEn(), dimension.questions(),
                    List.of()));
        }
        for (ScenarioArea area : framework.scenarioAreas()) {
            sections.add(new Section(area.key(), area.nameZh(), area.nameEn(), List.of(), area.scenarios()));
        }
        sections.sort(Comparator.comparing(Section::key));
        return List.copyOf(sections);
    }

    boolean isScenarioArea() {
        return !scenarios.isEmpty();
    }

    String name(Locale locale) {
        return Localized.text(locale, nameZh, nameEn);
    }

    int total() {
        return questions.size() + scenarios.size();
    }

    int answered(Answers answers) {
        return total() - unanswered(answers).size();
    }

    /** Keys of the questions and scenarios still open, in page order. */
    List<String> unanswered(Answers answers) {
        return Stream.concat(
                questions.stream().filter(q -> !answered(q, answers)).map(Question::key),
                scenarios.stream().filter(s -> !answers.scenarios().containsKey(s.key())).map(Scenario::key))
                .toList();
    }

    /** A chosen option, or for a percent band a band its evidence numbers select (which is what scores). */
    static boolean answered(Question question, Answers answers) {
        return !answers.choices().getOrDefault(question.key(), List.of()).isEmpty()
                || Scoring.derivedBand(question, answers).isPresent();
    }
}
