package org.uplift.ui;

import org.uplift.SignedIn;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uplift.assessment.Assessment;
import org.uplift.tenancy.TenantContext;
import org.uplift.ui.assessment.AssessmentWizardView;
import org.uplift.ui.assessment.AssessmentsView;
import org.uplift.ui.home.HomeView;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * Getting to an assessment: the history starts one draft at a time and re-assesses, a submitted one opens
 * its result, the home task opens its wizard, and another tenant's assessment is not found.
 */
class AssessmentNavigationTest extends AssessmentUiFixture {

    @Test
    void starting_twice_opens_the_same_draft() {
        as(sme.owner(), () -> {
            UI.getCurrent().navigate(AssessmentsView.class);
            click("start-assessment");
            NavigatorKt.expectView(AssessmentWizardView.class);
            String first = NavigatorKt.getCurrentPath();

            UI.getCurrent().navigate(AssessmentsView.class);
            click("start-assessment");

            assertThat(NavigatorKt.getCurrentPath()).isEqualTo(first);
            assertThat(assessments.history()).singleElement()
                    .satisfies(a -> assertThat(first).isEqualTo("assessments/" + a.getId()));
        });
    }

    @Test
    void re_assessing_opens_a_new_draft_linked_to_the_latest_submitted_one() {
        String first = draft();
        SignedIn.as(sme.owner(), () -> assessments.submit(first));
        as(sme.owner(), () -> {
            UI.getCurrent().navigate(AssessmentsView.class);
            click("reassess");

            NavigatorKt.expectView(AssessmentWizardView.class);
            Assessment second = assessments.history().get(0);
            assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assessments/" + second.getId());
            assertThat(second.getPreviousAssessmentId()).isEqualTo(first);
        });
    }

    @Test
    void a_submitted_assessment_opened_in_the_wizard_shows_its_result() {
        String id = draft();
        SignedIn.as(sme.owner(), () -> assessments.submit(id));
        as(sme.owner(), () -> {
            UI.getCurrent().navigate("assessments/" + id);

            assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assessments/" + id + "/result");
            _assertNone(AssessmentWizardView.class);
        });
    }

    @Test
    void another_tenants_assessment_is_not_found() {
        var other = smes.register();
        String foreign = SignedIn.as(other.owner(), () -> assessments.start().getId());
        as(sme.owner(), () -> {
            UI.getCurrent().navigate("assessments/" + foreign);

            _get(Div.class, s -> s.withId("not-found"));
            _assertNone(AssessmentWizardView.class);
        });
    }

    @Test
    void the_home_task_to_answer_the_assessment_opens_its_wizard() {
        String id = draft();
        as(sme.owner(), () -> {
            UI.getCurrent().navigate(HomeView.class);

            click("task-action-answerAssessment");

            NavigatorKt.expectView(AssessmentWizardView.class);
            assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assessments/" + id);
        });
    }
}
