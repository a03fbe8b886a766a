package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.SignedIn;
import org.uplift.assessment.Assessment;
import org.uplift.identity.AccessRevokedException;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.tenancy.TenantKind;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Who answers and who submits: sections assigned to a colleague are read-only, the review links open
 * questions to their section, only the owner submits and then lands on the result.
 */
class AssessmentWizardSectionsTest extends AssessmentUiFixture {

    @Autowired
    Team team;

    @Test
    void a_member_answers_the_section_assigned_to_them_and_only_views_a_colleagues() {
        var alice = member("李晓华");
        var bob = member("王建国");
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            ComboBoxKt.selectByLabel(combo("assign-D1"), "李晓华");
            click("step-D3");
            ComboBoxKt.selectByLabel(combo("assign-D3"), "王建国");
            assertThat(textOf("step-assignee-D3")).isEqualTo(text("wizard.assign.step", "王建国"));
        });
        assertThat(stored(id).getSectionAssignees())
                .containsEntry("D1", alice.userId()).containsEntry("D3", bob.userId());

        as(alice, () -> {
            openWizard(id);
            _assertNone(ComboBox.class, s -> s.withId("assign-D1"));
            assertThat(checkboxes("question-Q1").isReadOnly()).isFalse();
            HasValueUtilsKt._setValue(checkboxes("question-Q1"), Set.of("B"));

            click("step-D3");
            assertThat(_get(Paragraph.class, s -> s.withId("section-assignment")).getText())
                    .isEqualTo(text("wizard.assign.readOnly", "王建国"));
            assertThat(radios("question-Q8").isReadOnly()).isTrue();
            assertThatThrownBy(() -> HasValueUtilsKt._setValue(radios("question-Q8"), "B"))
                    .isInstanceOf(IllegalStateException.class);

            click("step-D4");
            assertThat(radios("question-Q12").isReadOnly()).isFalse();
        });
        assertThat(stored(id).getAnswers()).containsOnlyKeys("Q1");
    }

    @Test
    void the_owner_submits_from_the_review_and_lands_on_the_result() {
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            HasValueUtilsKt._setValue(checkboxes("question-Q1"), Set.of("B", "C"));
            click("step-review");
            assertThat(textOf("provisional-total")).isEqualTo(text("wizard.review.total", "4", "100"));
            _get(Button.class, s -> s.withId("review-open-Q2"));

            click("submit-assessment");

            assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assessments/" + id + "/result");
        });
        Assessment submitted = stored(id);
        assertThat(submitted.getStatus()).isNotEqualTo(Assessment.Status.DRAFT);
        assertThat(submitted.getSubmittedBy()).isEqualTo(sme.owner().userId());
        assertThat(submitted.getTotalScore()).isEqualByComparingTo("4");
    }

    @Test
    void a_member_sees_that_the_owner_submits_and_no_submit_button() {
        var member = member("李晓华");
        String id = draft();
        as(member, () -> {
            openWizard(id);
            click("step-review");

            _assertNone(Button.class, s -> s.withId("submit-assessment"));
            assertThat(_get(Paragraph.class, s -> s.withId("submit-owner-only")).getText())
                    .isEqualTo(text("wizard.submit.ownerOnly"));
        });
        assertThat(stored(id).isDraft()).isTrue();
    }

    @Test
    void a_member_removed_while_signed_in_cannot_autosave_on_the_next_change() {
        var member = member("李晓华");
        String id = draft();
        as(member, () -> {
            openWizard(id);
            HasValueUtilsKt._setValue(checkboxes("question-Q1"), Set.of("B"));

            SignedIn.as(sme.owner(), () -> team.remove(member.userId()));

            // the listener's refusal reaches the test wrapped by Vaadin's reflective event dispatch
            assertThatThrownBy(() -> HasValueUtilsKt._setValue(checkboxes("question-Q1"), Set.of("B", "C")))
                    .hasRootCauseInstanceOf(AccessRevokedException.class);
        });
        assertThat(stored(id).getAnswers().get("Q1")).containsExactly("B");
    }

    @Test
    void a_demoted_owner_no_longer_gets_the_submit_button_or_the_section_picker() {
        var second = member("王建国");
        SignedIn.as(sme.owner(), () -> team.changeRoles(second.userId(), Set.of(Role.ENTERPRISE_OWNER),
                TenantKind.ENTERPRISE));
        var stillClaimingOwner = accounts.findForSignIn(second.username()).orElseThrow();
        SignedIn.as(sme.owner(), () -> team.changeRoles(second.userId(), Set.of(Role.ENTERPRISE_MEMBER),
                TenantKind.ENTERPRISE));
        String id = draft();
        as(stillClaimingOwner, () -> {
            openWizard(id);
            _assertNone(ComboBox.class, s -> s.withId("assign-D1"));
            click("step-review");
            _assertNone(Button.class, s -> s.withId("submit-assessment"));
        });
        assertThat(stored(id).isDraft()).isTrue();
    }

    @Test
    void the_review_links_each_open_question_to_its_section() {
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            click("step-review");

            click("review-open-Q8");

            _get(VerticalLayout.class, s -> s.withId("section-D3"));
            _assertNone(Component.class, s -> s.withId("review"));
        });
    }
}
