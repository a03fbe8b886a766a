package org.uplift.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped EU DMA-style file: six dimensions averaged, a short question set, no scenarios. */
class EuDmaFrameworkTest {

    static final Framework DMA = FrameworkReader.read(new ClassPathResource("frameworks/eu-dma-2024.yaml"));

    @Test
    void six_dma_dimensions_of_ten_points_are_averaged() {
        assertThat(DMA.id()).isEqualTo("eu-dma");
        assertThat(DMA.version()).isEqualTo("2024");
        assertThat(DMA.scoring()).isEqualTo(ScoringMethod.MEAN_OF_DIMENSIONS);
        assertThat(DMA.dimensions()).extracting(Dimension::key, Dimension::nameEn, d -> d.maxPoints().intValueExact())
                .containsExactly(
                        tuple("DMA1", "Digital business strategy", 10),
                        tuple("DMA2", "Digital readiness", 10),
                        tuple("DMA3", "Human-centric digitalisation", 10),
                        tuple("DMA4", "Data management", 10),
                        tuple("DMA5", "Automation and artificial intelligence", 10),
                        tuple("DMA6", "Green digitalisation", 10));
    }

    @Test
    void each_dimension_asks_two_or_three_single_or_multiple_choice_questions() {
        assertThat(DMA.dimensions()).allSatisfy(d -> {
            assertThat(d.questions()).as(d.key()).hasSizeBetween(2, 3);
            assertThat(d.questions()).as(d.key()).allSatisfy(q -> {
                assertThat(q.key()).startsWith(d.key() + "-");
                assertThat(q.kind()).isIn(QuestionKind.SINGLE, QuestionKind.MULTIPLE);
                assertThat(q.titleZh()).isNotBlank();
                assertThat(q.titleEn()).isNotBlank();
            });
        });
        assertThat(DMA.questions()).hasSize(13);
    }

    @Test
    void every_multiple_choice_question_has_an_exclusive_none_worth_nothing() {
        assertThat(DMA.questions().filter(q -> q.kind() == QuestionKind.MULTIPLE)).hasSize(6).allSatisfy(q ->
                assertThat(q.options().stream().filter(Option::exclusive))
                        .as(q.key())
                        .extracting(Option::letter, Option::zh, Option::en, o -> o.points().signum())
                        .containsExactly(tuple("A", "无", "None", 0)));
        assertThat(DMA.questions().filter(q -> q.kind() == QuestionKind.SINGLE)
                .flatMap(q -> q.options().stream())).noneMatch(Option::exclusive);
    }

    @Test
    void has_no_scenarios_and_no_evidence_fields() {
        assertThat(DMA.scenarioAreas()).isEmpty();
        assertThat(DMA.questions().flatMap(q -> q.evidenceFields().stream())).isEmpty();
    }

    @Test
    void the_validator_finds_nothing_to_object_to() {
        assertThat(FrameworkValidator.problems(DMA)).isEmpty();
        assertThat(FrameworkValidator.problems(MiitFrameworkTest.MIIT)).isEmpty();
    }
}
