package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;

/**
 * The result page in Chromium: an SME whose MIIT assessment was submitted (through the service, the
 * wizard has its own test) and published by the journey sees its level and the radar chart drawn by ECharts.
 */
class AssessmentResultIT extends EndToEndTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;

    /** 50 points (all of D1) and every scenario at 1: level 1. */
    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }

    @Test
    void the_owner_sees_the_level_and_the_radar_chart_of_a_published_assessment() {
        var sme = new TestSmes(context).register();
        String owner = sme.owner().userId();
        String id = TenantContext.callAs(sme.tenantId(), () -> {
            Assessment draft = assessments.start(owner);
            Framework framework = assessments.framework(draft);
            framework.dimensions().get(0).questions().forEach(q -> assessments.saveAnswer(draft.getId(), q.key(),
                    best(q), owner, true));
            framework.scenarios().forEach(s -> assessments.saveScenario(draft.getId(), s.key(), 1, owner, true));
            return assessments.submit(draft.getId(), owner, true).getId();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> TenantContext.callAs(sme.tenantId(),
                () -> assessments.find(id).orElseThrow().getStatus() == Assessment.Status.PUBLISHED));

        signIn(sme.ownerEmail(), TestSmes.PASSWORD);
        open(ResultPage.path(id));
        var result = new ResultPage(driver()).waitUntilShown();

        assertThat(result.level()).isEqualTo("数字化水平一级");
        assertThat(result.radarTexts()).contains("数字化基础", "数字化管理", "数字化成效", "本企业");
        assertThat(result.openWhatIf()).isEqualTo("数字化水平一级");
    }
}
