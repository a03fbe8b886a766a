package org.uplift.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.uplift.assessment.scoring.Answers;
import org.uplift.validation.Violations;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an evaluate request body leniently enough to name every wrongly typed field at once:
 * {@code {"answers": {"Q1": ["B","C"], "Q2": "C"}, "scenarios": {"SC01": 2}, "evidence": {"Q2": {"digital": 12}}}}.
 */
final class EvaluationRequest {

    private static final Set<String> TOP_LEVEL = Set.of("answers", "scenarios", "evidence");

    private EvaluationRequest() {
    }

    static Answers read(JsonNode body) {
        Violations violations = new Violations();
        if (body == null || !body.isObject()) {
            violations.add("body", "validation.type").throwIfAny();
        }
        body.fieldNames().forEachRemaining(name -> violations.check(TOP_LEVEL.contains(name), name,
                "validation.assessment.unknownField"));
        Map<String, List<String>> choices = new LinkedHashMap<>();
        object(body, "answers", violations).fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            String field = "answers." + e.getKey();
            if (value.isTextual()) {
                choices.put(e.getKey(), List.of(value.asText()));
            } else if (value.isArray()) {
                List<String> letters = new ArrayList<>();
                value.forEach(letter -> {
                    if (letter.isTextual()) {
                        letters.add(letter.asText());
                    } else {
                        violations.add(field, "validation.type");
                    }
                });
                choices.put(e.getKey(), letters);
            } else {
                violations.add(field, "validation.type");
            }
        });
        Map<String, Integer> scenarios = new LinkedHashMap<>();
        object(body, "scenarios", violations).fields().forEachRemaining(e -> {
            if (e.getValue().isIntegralNumber()) {
                scenarios.put(e.getKey(), e.getValue().asInt());
            } else {
                violations.add("scenarios." + e.getKey(), "validation.type");
            }
        });
        Map<String, Map<String, BigDecimal>> evidence = new LinkedHashMap<>();
        object(body, "evidence", violations).fields().forEachRemaining(question -> {
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            if (!question.getValue().isObject()) {
                violations.add("evidence." + question.getKey(), "validation.type");
            }
            question.getValue().fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    numbers.put(e.getKey(), e.getValue().decimalValue());
                } else {
                    violations.add("evidence." + question.getKey() + "." + e.getKey(), "validation.type");
                }
            });
            evidence.put(question.getKey(), numbers);
        });
        violations.throwIfAny();
        return new Answers(choices, scenarios, evidence);
    }

    private static JsonNode object(JsonNode body, String name, Violations violations) {
        JsonNode node = body.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            violations.add(name, "validation.type");
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        return node;
    }
}
