package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.assessment.AssessmentWizardView;
import org.uplift.ui.assessment.AssessmentsView;
import org.uplift.ui.home.HomeView;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.PermitAll;

/**
 * The assessment wizard and history in the browserless UI, on the real services: every answer autosaves,
 * refused input changes nothing, sections assigned to a colleague are read-only, only the owner submits.
 */
@UpliftTest
class AssessmentWizardViewTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    Accounts accounts;
    @Autowired
    MessageSource messages;

    TestSmes smes;
    TestSmes.Sme sme;

    @BeforeEach
    void anSme() {
        smes = new TestSmes(context);
        sme = smes.register();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** Signs in and opens a fresh browser session in the SME's tenant, as TenantContextFilter would. */
    void as(SignInAccount account, Runnable steps) {
        BrowserlessUi.signIn(account, TenantKind.ENTERPRISE);
        TenantContext.runAs(account.tenantId(), () -> {
            BrowserlessUi.open(context, ZH);
            if (RouteConfiguration.forApplicationScope().getRoute("assessments/x/result").isEmpty()) {
                RouteConfiguration.forSessionScope().setRoute("assessments/:assessmentId/result", ResultStandIn.class);
            }
            steps.run();
        });
        BrowserlessUi.close();
    }

    void openWizard(String id) {
        UI.getCurrent().navigate("assessments/" + id);
        NavigatorKt.expectView(AssessmentWizardView.class);
    }

    String draft() {
        return TenantContext.callAs(sme.tenantId(), () -> assessments.start(sme.owner().userId()).getId());
    }

    Assessment stored(String id) {
        return TenantContext.callAs(sme.tenantId(), () -> assessments.find(id).orElseThrow());
    }

    SignInAccount member(String name) {
        String email = TestSmes.freshEmail();
        TenantContext.runAs(sme.tenantId(),
                () -> accounts.create(email, name, TestSmes.PASSWORD, Set.of(Role.ENTERPRISE_MEMBER)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ZH);
    }

    @SuppressWarnings("unchecked")
    static CheckboxGroup<String> checkboxes(String id) {
        return _get(CheckboxGroup.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    static RadioButtonGroup<Object> radios(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    static BigDecimalField number(String id) {
        return _get(BigDecimalField.class, s -> s.withId(id));
    }

    static void click(String id) {
        ButtonKt._click(_get(Button.class, s -> s.withId(id)));
    }

    static String textOf(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    @Test
    void an_answer_autosaves_at_once_and_shows_again_in_a_new_browser_session() {
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            assertThat(textOf("section-progress-D1")).isEqualTo("0/7");

            HasValueUtilsKt._setValue(checkboxes("question-Q1"), Set.of("C", "B"));

            assertThat(textOf("autosave-status")).isEqualTo(text("wizard.autosave.saved"));
            assertThat(textOf("section-progress-D1")).isEqualTo("1/7");
        });
        assertThat(stored(id).getAnswers()).containsEntry("Q1", List.of("B", "C"));

        as(sme.owner(), () -> {
            openWizard(id);
            assertThat(checkboxes("question-Q1").getValue()).containsExactlyInAnyOrder("B", "C");
        });
    }

    @Test
    void in_english_the_wizard_shows_the_frameworks_english_texts() {
        String id = draft();
        TenantContext.runAs(sme.tenantId(), () -> accounts.changeLocale(sme.owner().userId(), "en"));
        as(sme.owner(), () -> {
            openWizard(id);

            assertThat(_get(H2.class, s -> s.withId("assessment-title")).getText())
                    .isEqualTo("SME Digital Level Evaluation Indicators (2024 edition)");
            assertThat(_get(Button.class, s -> s.withId("step-D1")).getText()).isEqualTo("Digital foundation");
            assertThat(textOf("autosave-status"))
                    .isEqualTo(messages.getMessage("wizard.autosave.ready", null, Locale.ENGLISH));
        });
    }

    @Test
    void choosing_none_clears_the_other_options_and_choosing_another_clears_none() {
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            var q1 = checkboxes("question-Q1");
            HasValueUtilsKt._setValue(q1, Set.of("B", "C"));

            HasValueUtilsKt._setValue(q1, Set.of("A", "B", "C"));
            assertThat(q1.getValue()).containsExactly("A");
            assertThat(stored(id).getAnswers()).containsEntry("Q1", List.of("A"));

            HasValueUtilsKt._setValue(q1, Set.of("A", "D"));
            assertThat(q1.getValue()).containsExactly("D");
            assertThat(stored(id).getAnswers()).containsEntry("Q1", List.of("D"));
        });
    }

    @Test
    void a_negative_evidence_number_is_refused_at_its_field_and_nothing_is_stored() {
        String id = draft();
        long version = stored(id).getVersion();
        as(sme.owner(), () -> {
            openWizard(id);
            var devices = number("evidence-Q2-allDevices");

            HasValueUtilsKt._setValue(devices, new BigDecimal("-5"));

            HasValidationUtilsKt._expectInvalid(devices, text("validation.assessment.negativeEvidence"));
            assertThat(textOf("autosave-status")).isEqualTo(text("wizard.autosave.refused"));
        });
        assertThat(stored(id).getEvidence()).isEmpty();
        assertThat(stored(id).getVersion()).isEqualTo(version);
    }

    @Test
    void evidence_numbers_select_the_band_they_fall_in_and_a_share_above_100_percent_is_refused() {
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            HasValueUtilsKt._setValue(number("evidence-Q2-allDevices"), new BigDecimal("40"));
            _assertNone(Span.class, s -> s.withId("derived-band-Q2"));

            HasValueUtilsKt._setValue(number("evidence-Q2-digitalDevices"), new BigDecimal("12"));

            var band = _get(Span.class, s -> s.withId("derived-band-Q2"));
            assertThat(band.isVisible()).isTrue();
            assertThat(band.getElement().getAttribute("data-option")).isEqualTo("C"); // 30 %: (20%,40%]
            assertThat(textOf("section-progress-D1")).isEqualTo("1/7");

            HasValueUtilsKt._setValue(number("evidence-Q2-digitalDevices"), new BigDecimal("41"));
            HasValidationUtilsKt._expectInvalid(number("evidence-Q2-digitalDevices"),
                    text("validation.assessment.ratioAbove100"));
        });
        assertThat(stored(id).getEvidence().get("Q2")).containsEntry("digitalDevices", new BigDecimal("12"));
    }

    @Test
    void a_scenario_rating_autosaves_and_its_levels_are_marked_for_picking_by_value() {
        String id = draft();
        as(sme.owner(), () -> {
            openWizard(id);
            click("step-D2-1");
            var sc01 = radios("scenario-SC01");
            assertThat(sc01.getChildren().map(c -> c.getElement().getAttribute("data-option")))
                    .containsExactly("0", "1", "2", "3", "4");
            _get(Span.class, s -> s.withId("constrained-SC01"));

            HasValueUtilsKt._setValue(sc01, 3);

            assertThat(textOf("section-progress-D2-1")).startsWith("1/");
        });
        assertThat(stored(id).getScenarioRatings()).containsEntry("SC01", 3);
    }

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
        TenantContext.runAs(sme.tenantId(), () -> assessments.submit(first, sme.owner().userId(), true));
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
        TenantContext.runAs(sme.tenantId(), () -> assessments.submit(id, sme.owner().userId(), true));
        as(sme.owner(), () -> {
            UI.getCurrent().navigate("assessments/" + id);

            assertThat(NavigatorKt.getCurrentPath()).isEqualTo("assessments/" + id + "/result");
            _assertNone(AssessmentWizardView.class);
        });
    }

    @Test
    void another_tenants_assessment_is_not_found() {
        var other = smes.register();
        String foreign = TenantContext.callAs(other.tenantId(), () -> assessments.start(other.owner().userId()).getId());
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

    /** The result page belongs to another piece; where this build lacks it, a stand-in takes its route. */
    @PermitAll
    public static class ResultStandIn extends Div {
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }
}
