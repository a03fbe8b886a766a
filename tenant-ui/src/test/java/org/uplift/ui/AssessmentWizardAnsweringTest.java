package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.uplift.tenancy.TenantContext;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/**
 * The wizard's answering in the browserless UI, on the real services: every answer and evidence number
 * autosaves at once, "none" stands alone, refused input is shown at its field and changes nothing.
 */
class AssessmentWizardAnsweringTest extends AssessmentUiFixture {

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
}
