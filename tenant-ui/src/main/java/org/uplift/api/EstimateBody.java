package org.uplift.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.validation.Violations;
import org.uplift.workflows.subsidy.EstimateRequest;
import org.uplift.workflows.subsidy.SubsidyEstimates;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an estimate body, naming every missing or wrongly typed field at once:
 * {@code {"costLines":[{"category":"SOFTWARE","amountFen":1000000}],"industryCode":"C34","districtCode":"330110","level":2}}.
 */
final class EstimateBody {

    static final String UNKNOWN_FIELD = "subsidy.estimate.unknownField";
    static final String UNKNOWN_CATEGORY = "subsidy.estimate.unknownCategory";
    private static final Set<String> FIELDS = Set.of("costLines", "industryCode", "districtCode", "level");
    private static final Set<String> LINE_FIELDS = Set.of("category", "amountFen");

    /** The documented shape (springdoc reads it; the parser below is what enforces it). */
    record Line(CostCategory category, long amountFen) {
    }

    record Shape(List<Line> costLines, String industryCode, String districtCode, int level) {
    }

    private EstimateBody() {
    }

    static EstimateRequest read(JsonNode body) {
        Violations violations = new Violations();
        if (body == null || !body.isObject()) {
            violations.add("body", "validation.type").throwIfAny();
        }
        body.fieldNames().forEachRemaining(name -> violations.check(FIELDS.contains(name), name, UNKNOWN_FIELD));
        List<CostLine> lines = new ArrayList<>();
        JsonNode costLines = body.path("costLines");
        if (costLines.isMissingNode() || costLines.isNull()) {
            violations.add("costLines", "validation.required");
        } else if (!costLines.isArray()) {
            violations.add("costLines", "validation.type");
        } else {
            for (int i = 0; i < costLines.size(); i++) {
                lines.add(line(costLines.get(i), "costLines[" + i + "]", violations));
            }
        }
        String industry = text(body, "industryCode", violations);
        String district = text(body, "districtCode", violations);
        JsonNode level = body.path("level");
        int levelValue = -1;
        if (level.isMissingNode() || level.isNull()) {
            violations.add("level", "validation.required");
        } else if (!level.isIntegralNumber() || !level.canConvertToInt()) {
            violations.add("level", "validation.type");
        } else {
            levelValue = level.intValue();
        }
        violations.throwIfAny();
        return new EstimateRequest(lines, industry, district, levelValue);
    }

    private static CostLine line(JsonNode node, String field, Violations violations) {
        if (node == null || !node.isObject()) {
            violations.add(field, "validation.type");
            return new CostLine(null, 0, null);
        }
        node.fieldNames().forEachRemaining(name -> violations.check(LINE_FIELDS.contains(name), field + "." + name,
                UNKNOWN_FIELD));
        CostCategory category = null;
        JsonNode c = node.path("category");
        if (c.isMissingNode() || c.isNull()) {
            violations.add(field + ".category", "validation.required");
        } else if (!c.isTextual() || Arrays.stream(CostCategory.values()).noneMatch(v -> v.name().equals(c.asText()))) {
            violations.add(field + ".category", UNKNOWN_CATEGORY);
        } else {
            category = CostCategory.valueOf(c.asText());
        }
        long amount = 1;
        JsonNode a = node.path("amountFen");
        if (a.isMissingNode() || a.isNull()) {
            violations.add(field + ".amountFen", "validation.required");
        } else if (!a.isIntegralNumber() || !a.canConvertToLong()) {
            violations.add(field + ".amountFen", "validation.type");
        } else {
            amount = a.longValue();
            violations.check(amount > 0, field + ".amountFen", SubsidyEstimates.AMOUNT_POSITIVE);
        }
        return new CostLine(category, amount, null);
    }

    private static String text(JsonNode body, String name, Violations violations) {
        JsonNode node = body.path(name);
        if (node.isMissingNode() || node.isNull()) {
            violations.add(name, "validation.required");
            return null;
        }
        if (!node.isTextual()) {
            violations.add(name, "validation.type");
            return null;
        }
        return node.asText();
    }
}
