package org.uplift.assessment;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.assertj.core.groups.Tuple;
import java.util.stream.IntStream;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;

@SpringBootTest
@RecordApplicationEvents
class AssessmentsTest {

    @Autowired
    Assessments assessments;
    @Autowired
    Accounts accounts;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    AssessmentRepository repository;
    @Autowired
    ApplicationEvents events;

    final String tenant = "sme-" + UUID.randomUUID();

    <T> T asSme(Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    Assessment reload(String id) {
        return asSme(() -> assessments.find(id).orElseThrow());
    }

    CompletableFuture<Void> inBackground(Runnable work) {
        return CompletableFuture.runAsync(() -> TenantContext.runAs(tenant, work));
    }

    static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e ->
                assertThat(e.violations()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(Tuple.tuple(field, messageKey)));
    }

    @Test
    void start_pins_the_miit_2024_framework_as_a_draft() {
        Assessment started = asSme(() -> TestActors.asOwner("owner", () -> assessments.start()));
        assertThat(started.getFrameworkId()).isEqualTo("miit-2024");
        assertThat(started.getFrameworkVersion()).isEqualTo("2024");
        assertThat(started.getStatus()).isEqualTo(Assessment.Status.DRAFT);
        assertThat(started.getPreviousAssessmentId()).isNull();
        assertThat(started.getTenantId()).isEqualTo(tenant);
        assertThat(asSme(() -> assessments.framework(started)).version()).isEqualTo("2024");
    }

    @Test
    void an_autosaved_answer_persists_and_a_bad_option_is_refused_with_nothing_changed() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        asSme(() -> TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", List.of("B", "C"))));
        Assessment before = reload(id);
        assertThat(before.getAnswers()).containsEntry("Q1", List.of("B", "C"));

        assertThatThrownBy(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", List.of("Z")))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).singleElement().asString().startsWith("answers.Q1"));
        Assessment after = reload(id);
        assertThat(after.getAnswers()).containsEntry("Q1", List.of("B", "C"));
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
    }

    @Test
    void concurrent_saves_of_different_questions_all_persist() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        List<String> questions = IntStream.rangeClosed(4, 10).mapToObj(n -> "Q" + n).toList();
        List<CompletableFuture<Void>> saves = questions.stream()
                .map(q -> inBackground(() -> TestActors.asMember("member-" + q, () -> assessments.saveAnswer(id, q, List.of("B")))))
                .toList();
        CompletableFuture<Void> scenario = inBackground(() -> TestActors.asMember("m", () -> assessments.saveScenario(id, "SC01", 3)));
        saves.forEach(CompletableFuture::join);
        scenario.join();

        Assessment saved = reload(id);
        assertThat(saved.getAnswers()).containsOnlyKeys(questions);
        assertThat(saved.getScenarioRatings()).containsEntry("SC01", 3);
        assertThat(saved.getVersion()).isEqualTo(questions.size() + 1L);
    }

    @Test
    void a_whole_document_write_from_before_an_autosave_fails_instead_of_losing_it() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        Assessment stale = reload(id);
        asSme(() -> TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", List.of("B"))));
        assertThatThrownBy(() -> asSme(() -> repository.save(stale)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reload(id).getAnswers()).containsEntry("Q1", List.of("B"));
    }

    @Test
    void a_member_cannot_answer_a_section_assigned_to_a_colleague_but_the_assignee_and_owner_can() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        String alice = member("alice");
        asSme(() -> TestActors.asOwner("owner", () -> assessments.assignSection(id, "D1", alice)));
        asSme(() -> TestActors.asOwner("owner", () -> assessments.assignSection(id, "D2-1", alice)));

        assertRefused(() -> asSme(() -> TestActors.asMember("bob", () -> assessments.saveAnswer(id, "Q1", List.of("B")))),
                "answers.Q1", Assessments.NOT_YOUR_SECTION);
        assertRefused(() -> asSme(() -> TestActors.asMember("bob", () -> assessments.saveScenario(id, "SC01", 2))),
                "scenarios.SC01", Assessments.NOT_YOUR_SECTION);
        assertRefused(() -> asSme(() -> TestActors.asMember("bob", () -> assessments.saveEvidence(id, "Q2", "allDevices", BigDecimal.TEN))),
                "evidence.Q2.allDevices", Assessments.NOT_YOUR_SECTION);
        assertThat(reload(id).getAnswers()).isEmpty();

        asSme(() -> TestActors.asMember(alice, () -> assessments.saveAnswer(id, "Q1", List.of("B"))));
        asSme(() -> TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q4", List.of("B"))));
        asSme(() -> TestActors.asMember("bob", () -> assessments.saveAnswer(id, "Q8", List.of("B")))); // D3 is nobody's
        assertThat(reload(id).getAnswers()).containsOnlyKeys("Q1", "Q4", "Q8");
    }

    String member(String name) {
        return asSme(() -> accounts.create(name + "-" + UUID.randomUUID() + "@sme.example.cn", name, "Strong-pass-2024",
                Set.of(Role.ENTERPRISE_MEMBER))).getId();
    }

    @Test
    void a_section_is_assigned_only_to_a_member_of_the_team() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        String stranger = TenantContext.callAs("sme-" + UUID.randomUUID(), () -> accounts.create(
                "stranger-" + UUID.randomUUID() + "@other.example.cn", "外人", "Strong-pass-2024",
                Set.of(Role.ENTERPRISE_MEMBER))).getId();

        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.assignSection(id, "D1", stranger))),
                "userId", Assessments.ASSIGNEE_UNKNOWN);
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.assignSection(id, "D1", "nobody"))),
                "userId", Assessments.ASSIGNEE_UNKNOWN);
        assertThat(reload(id).getSectionAssignees()).isEmpty();
    }

    @Test
    void only_the_owner_assigns_sections_and_only_known_sections() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        assertRefused(() -> asSme(() -> TestActors.asMember("owner", () -> assessments.assignSection(id, "D1", "bob"))),
                "sectionKey", Assessments.OWNER_ASSIGNS);
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.assignSection(id, "D9", "bob"))),
                "sectionKey", Assessments.UNKNOWN_SECTION);
        assertThat(reload(id).getSectionAssignees()).isEmpty();
    }

    @Test
    void only_the_owner_submits() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        assertRefused(() -> asSme(() -> TestActors.asMember("member", () -> assessments.submit(id))), "userId", Assessments.OWNER_SUBMITS);
        assertThat(reload(id).getStatus()).isEqualTo(Assessment.Status.DRAFT);
        assertThat(events.stream(AssessmentSubmitted.class)).isEmpty();
    }

    @Test
    void submit_stores_the_scores_scoring_computes_and_announces_it() {
        String id = answeredDraft();
        Assessment draft = reload(id);
        Score expected = Scoring.score(asSme(() -> assessments.framework(draft)), draft.toAnswers());
        assertThat(expected.questionScores().get("Q2")).as("band from the saved evidence").isPositive();

        Assessment submitted = asSme(() -> TestActors.asOwner("owner", () -> assessments.submit(id)));

        Assessment stored = reload(id);
        assertThat(stored.getStatus()).isEqualTo(Assessment.Status.SUBMITTED);
        assertThat(stored.getSubmittedBy()).isEqualTo("owner");
        assertThat(stored.getTotalScore()).isPositive().isEqualByComparingTo(expected.totalScore());
        assertThat(stored.getDimensionScores()).containsOnlyKeys(expected.dimensionScores().keySet());
        expected.dimensionScores().forEach((dimension, score) ->
                assertThat(stored.getDimensionScores().get(dimension)).isEqualByComparingTo(score));
        assertThat(events.stream(AssessmentSubmitted.class))
                .containsExactly(new AssessmentSubmitted(tenant, id, "miit-2024", submitted.getFrameworkVersion()));
    }

    @Test
    void saving_after_submit_is_refused() {
        String id = answeredDraft();
        asSme(() -> TestActors.asOwner("owner", () -> assessments.submit(id)));
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", List.of("C")))),
                "id", Assessments.NOT_DRAFT);
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.submit(id))), "id", Assessments.NOT_DRAFT);
        assertThat(reload(id).getAnswers()).containsEntry("Q1", List.of("B", "C"));
    }

    @Test
    void a_reassessment_links_to_the_submitted_previous_one_on_the_latest_version() {
        String first = answeredDraft();
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.reassess(first))),
                "previousId", Assessments.PREVIOUS_NOT_SUBMITTED);
        asSme(() -> TestActors.asOwner("owner", () -> assessments.submit(first)));

        Assessment second = asSme(() -> TestActors.asOwner("owner", () -> assessments.reassess(first)));

        assertThat(second.getPreviousAssessmentId()).isEqualTo(first);
        assertThat(second.getStatus()).isEqualTo(Assessment.Status.DRAFT);
        assertThat(second.getFrameworkVersion()).isEqualTo(catalog.latest("miit-2024").orElseThrow().version());
        assertThat(asSme(() -> assessments.history())).extracting(Assessment::getId).containsExactly(second.getId(), first);
    }

    @Test
    void an_evidence_number_that_pushes_a_share_above_100_percent_is_refused_against_the_stored_other_number() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        asSme(() -> TestActors.asOwner("owner", () -> assessments.saveEvidence(id, "Q2", "allDevices", new BigDecimal("40"))));
        Assessment before = reload(id);

        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.saveEvidence(id, "Q2", "digitalDevices", new BigDecimal("41")))), "evidence.Q2.digitalDevices", org.uplift.assessment.scoring.AnswerCheck.RATIO_ABOVE_100);
        asSme(() -> TestActors.asOwner("owner", () -> assessments.saveEvidence(id, "Q2", "digitalDevices", new BigDecimal("40"))));
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.saveEvidence(id, "Q2", "allDevices", new BigDecimal("39")))), "evidence.Q2.digitalDevices", org.uplift.assessment.scoring.AnswerCheck.RATIO_ABOVE_100);

        assertThat(reload(id).getEvidence().get("Q2")).containsEntry("allDevices", new BigDecimal("40"))
                .containsEntry("digitalDevices", new BigDecimal("40"));
        assertThat(reload(id).getVersion()).isEqualTo(before.getVersion() + 1);
    }

    @Test
    void a_second_open_draft_is_refused() {
        asSme(() -> TestActors.asOwner("owner", () -> assessments.start()));
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> assessments.start())), "frameworkId", Assessments.DRAFT_EXISTS);
        assertThat(asSme(() -> assessments.history())).hasSize(1);
    }

    @Test
    void recording_the_level_publishes_the_assessment_and_announces_it_once() {
        String id = answeredDraft();
        asSme(() -> TestActors.asOwner("owner", () -> assessments.submit(id)));

        assertThat(asSme(() -> assessments.recordLevel(id, 2))).isTrue();
        assertThat(asSme(() -> assessments.recordLevel(id, 3))).isFalse();

        assertThat(reload(id).getStatus()).isEqualTo(Assessment.Status.PUBLISHED);
        assertThat(reload(id).getLevel()).isEqualTo(2);
        assertThat(events.stream(AssessmentPublished.class))
                .containsExactly(new AssessmentPublished(tenant, id, "miit-2024", "2024", 2));
    }

    @Test
    void a_draft_is_not_published_and_nothing_is_announced() {
        String id = answeredDraft();
        assertThat(asSme(() -> assessments.recordLevel(id, 2))).isFalse();
        assertThat(reload(id).getStatus()).isEqualTo(Assessment.Status.DRAFT);
        assertThat(events.stream(AssessmentPublished.class)).isEmpty();
    }

    private String answeredDraft() {
        String id = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
        asSme(() -> {
            TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", List.of("B", "C")));
            TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q5", List.of("C")));
            TestActors.asOwner("owner", () -> assessments.saveEvidence(id, "Q2", "allDevices", new BigDecimal("100")));
            TestActors.asOwner("owner", () -> assessments.saveEvidence(id, "Q2", "digitalDevices", new BigDecimal("55")));
            return TestActors.asOwner("owner", () -> assessments.saveScenario(id, "SC01", 3));
        });
        return id;
    }
}
