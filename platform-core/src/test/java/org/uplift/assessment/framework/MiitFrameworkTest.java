package org.uplift.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The shipped MIIT 2024 file, read as the catalog reads it, against the counts and texts of the reference. */
class MiitFrameworkTest {

    static final Framework MIIT = FrameworkReader.read(new ClassPathResource("frameworks/miit-2024.yaml"));
    static final String REFERENCE = "shared/reference/miit-2024-sme-digital-level.yaml";

    @Test
    void three_dimensions_score_50_30_and_20_points_summed() {
        assertThat(MIIT.id()).isEqualTo("miit-2024");
        assertThat(MIIT.version()).isEqualTo("2024");
        assertThat(MIIT.scoring()).isEqualTo(ScoringMethod.SUM_OF_POINTS);
        assertThat(MIIT.dimensions()).extracting(Dimension::key, d -> d.maxPoints().intValueExact(), Dimension::nameZh)
                .containsExactly(tuple("D1", 50, "数字化基础"),
                        tuple("D3", 30, "数字化管理"),
                        tuple("D4", 20, "数字化成效"));
    }

    @Test
    void fifteen_questions_with_79_options_and_their_maxima() {
        assertThat(MIIT.questions().map(Question::key))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 15).mapToObj(i -> "Q" + i).toList());
        assertThat(MIIT.questions().mapToInt(q -> q.options().size()).sum()).isEqualTo(79);
        assertThat(MIIT.questions().map(q -> q.maxPoints().stripTrailingZeros().toPlainString()))
                .containsExactly("8", "6", "6", "10", "10", "5", "5", "7.5", "7.5", "7.5", "7.5", "7", "7", "3", "3");
        assertThat(MIIT.questions().map(Question::kind)).containsExactly(QuestionKind.MULTIPLE,
                QuestionKind.PERCENT_BAND, QuestionKind.PERCENT_BAND, QuestionKind.MULTIPLE, QuestionKind.SINGLE,
                QuestionKind.MULTIPLE, QuestionKind.MULTIPLE, QuestionKind.SINGLE, QuestionKind.MULTIPLE,
                QuestionKind.MULTIPLE, QuestionKind.PERCENT_BAND, QuestionKind.BEFORE_AFTER,
                QuestionKind.BEFORE_AFTER, QuestionKind.BEFORE_AFTER, QuestionKind.BEFORE_AFTER);
    }

    @Test
    void none_is_the_one_exclusive_option_of_each_multiple_choice_question() {
        MIIT.questions().forEach(q -> assertThat(q.options().stream().filter(Option::exclusive))
                .as(q.key())
                .extracting(Option::letter, Option::zh)
                .containsExactlyElementsOf(q.kind() == QuestionKind.MULTIPLE
                        ? List.of(tuple("A", "无")) : List.of()));
    }

    /** 15 fields in the reference, plus Q3's total of production equipment that its band needs. */
    @Test
    void sixteen_numeric_evidence_fields_and_the_bands_of_q2_and_q3_derive_from_them() {
        assertThat(MIIT.questions().mapToInt(q -> q.evidenceFields().size()).sum()).isEqualTo(16);
        assertThat(MIIT.question("Q2").orElseThrow().bandSource())
                .isEqualTo(new BandSource("digitalDevices", "allDevices"));
        Question q3 = MIIT.question("Q3").orElseThrow();
        assertThat(q3.bandSource()).isEqualTo(new BandSource("networkedDevices", "allDevices"));
        assertThat(q3.evidenceFields()).extracting(EvidenceField::key, EvidenceField::labelZh).contains(
                tuple("allDevices", "其中生产设备数量为（台）"));
        assertThat(MIIT.question("Q11").orElseThrow().options())
                .extracting(o -> o.bandAbove() == null ? null : o.bandAbove().intValue(), o -> o.bandUpTo().intValue())
                .containsExactly(tuple(null, 10),
                        tuple(10, 20), tuple(20, 40),
                        tuple(40, 60), tuple(60, 100));
    }

    @Test
    void sixteen_scenarios_ten_constrained_with_64_level_descriptors() {
        assertThat(MIIT.scenarios().map(Scenario::key))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 16).mapToObj(i -> "SC%02d".formatted(i)).toList());
        assertThat(MIIT.scenarios().filter(Scenario::constrained).map(Scenario::key)).containsExactly(
                "SC01", "SC03", "SC06", "SC07", "SC08", "SC09", "SC10", "SC11", "SC12", "SC13");
        assertThat(MIIT.scenarios().mapToInt(s -> s.levels().size()).sum()).isEqualTo(64);
        assertThat(MIIT.scenarioAreas()).extracting(ScenarioArea::nameZh)
                .containsExactly("产品生命周期数字化", "生产执行数字化", "供应链数字化", "管理决策数字化");
    }

    @Test
    void questions_and_options_match_the_reference_verbatim() {
        List<JsonNode> reference = referenceQuestions();
        assertThat(reference).hasSize(15);
        for (JsonNode expected : reference) {
            Question q = MIIT.question(expected.get("key").asText()).orElseThrow();
            assertThat(q.titleZh()).as(q.key()).isEqualTo(expected.get("title_zh").asText());
            assertThat(q.maxPoints()).as(q.key()).isEqualByComparingTo(expected.get("max_points").decimalValue());
            assertThat(q.definitionZh()).as(q.key()).isEqualTo(text(expected, "definition_zh"));
            assertThat(options(q)).as(q.key()).isEqualTo(options(expected));
            List<String> labels = new ArrayList<>(q.evidenceFields().stream().map(EvidenceField::labelZh).toList());
            if (q.key().equals("Q3")) {
                labels.remove("其中生产设备数量为（台）");
            }
            assertThat(labels).as(q.key()).containsExactlyElementsOf(texts(expected.get("evidence_fields")));
            assertThat(q.evidenceMaterialsZh()).as(q.key()).containsExactlyElementsOf(texts(expected.get("evidence_materials")));
        }
    }

    @Test
    void scenarios_match_the_reference_verbatim() {
        JsonNode d2 = stream(reference().get("dimensions")).filter(d -> d.get("key").asText().equals("D2")).findFirst()
                .orElseThrow();
        List<JsonNode> expected = stream(d2.get("areas")).flatMap(a -> stream(a.get("scenarios"))).toList();
        assertThat(expected).hasSize(16);
        for (JsonNode s : expected) {
            Scenario scenario = MIIT.scenario(s.get("key").asText()).orElseThrow();
            assertThat(scenario.nameZh()).isEqualTo(s.get("name_zh").asText());
            assertThat(scenario.constrained()).as(scenario.key()).isEqualTo(s.get("constrained").asBoolean());
            assertThat(scenario.levels()).extracting(ScenarioLevel::level, ScenarioLevel::zh).as(scenario.key())
                    .containsExactlyElementsOf(stream(s.get("levels")).map(l -> tuple(
                            l.get("level").asInt(), l.get("zh").asText())).toList());
        }
    }

    static Map<String, String> options(Question q) {
        Map<String, String> options = new LinkedHashMap<>();
        q.options().forEach(o -> options.put(o.letter(), o.zh() + " = " + o.points().stripTrailingZeros().toPlainString()));
        return options;
    }

    static Map<String, String> options(JsonNode question) {
        Map<String, String> options = new LinkedHashMap<>();
        stream(question.get("options")).forEach(o -> options.put(o.get("letter").asText(),
                o.get("zh").asText() + " = " + new BigDecimal(o.get("points").asText()).stripTrailingZeros().toPlainString()));
        return options;
    }

    static List<JsonNode> referenceQuestions() {
        return stream(reference().get("dimensions")).filter(d -> d.has("areas"))
                .flatMap(d -> stream(d.get("areas"))).filter(a -> a.has("indicators"))
                .flatMap(a -> stream(a.get("indicators"))).flatMap(i -> stream(i.get("questions"))).toList();
    }

    /** The shared reference beside the repository (found walking up from the module); skips the test without it. */
    static JsonNode reference() {
        Path file = Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
                .map(dir -> dir.resolve(REFERENCE)).filter(Files::isRegularFile).findFirst().orElse(null);
        assumeThat(file).as("the shared reference " + REFERENCE).isNotNull();
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return array == null ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
    }

    static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
