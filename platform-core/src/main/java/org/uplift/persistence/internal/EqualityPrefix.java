package org.uplift.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The values a query fixes for an index's leading fields: a field counts when the filter (at its top level or in a
 * top-level {@code $and}) gives it a plain value, {@code $eq} or {@code $in} of plain values. The prefix ends at
 * the first field without one. Plain means a value that matches only an equal key: strings, numbers, booleans,
 * object ids, UUIDs, dates. {@code null} (which also matches a missing field), arrays and documents (which match
 * whole arrays and embedded documents) and regular expressions end the prefix, as do {@code $or}, {@code $not}
 * and the other operators; the matcher deals with them over the candidates.
 */
final class EqualityPrefix {

    /** More combinations than this (several {@code $in}s) and the index serves a shorter prefix. */
    private static final int MAX_COMBINATIONS = 1_000;

    private final List<List<Object>> valuesPerField;

    private EqualityPrefix(List<List<Object>> valuesPerField) {
        this.valuesPerField = valuesPerField;
    }

    static EqualityPrefix of(Document query, List<String> indexFields) {
        Map<String, List<Object>> fixed = new LinkedHashMap<>();
        collect(query, fixed);
        List<List<Object>> prefix = new ArrayList<>();
        long combinations = 1;
        for (String field : indexFields) {
            List<Object> values = fixed.get(field);
            if (values == null || combinations * values.size() > MAX_COMBINATIONS) {
                break;
            }
            combinations *= values.size();
            prefix.add(values);
        }
        return new EqualityPrefix(prefix);
    }

    /** The number of leading index fields fixed; 0 when the index cannot narrow the query. */
    int size() {
        return valuesPerField.size();
    }

    /** Every key prefix a matching document can have. */
    List<KeyValue> combinations() {
        List<List<Object>> combinations = List.of(List.of());
        for (List<Object> values : valuesPerField) {
            List<List<Object>> extended = new ArrayList<>();
            for (List<Object> combination : combinations) {
                for (Object value : values) {
                    List<Object> next = new ArrayList<>(combination);
                    next.add(value);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return valuesPerField.isEmpty() ? List.of() : combinations.stream().map(KeyValue::new).toList();
    }

    private static void collect(Document query, Map<String, List<Object>> fixed) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        collect(document, fixed);
                    }
                }
            } else if (!key.startsWith("$")) {
                List<Object> values = fixedValues(value);
                if (values != null) {
                    fixed.putIfAbsent(key, values);
                }
            }
        }
    }

    private static List<Object> fixedValues(Object condition) {
        if (isPlain(condition)) {
            return List.of(IndexKeys.canonical(condition));
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !operators.keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return null;
        }
        if (operators.containsKey("$eq") && isPlain(operators.get("$eq"))) {
            return List.of(IndexKeys.canonical(operators.get("$eq")));
        }
        if (operators.get("$in") instanceof Collection<?> in && !in.isEmpty() && in.stream().allMatch(EqualityPrefix::isPlain)) {
            return in.stream().map(IndexKeys::canonical).distinct().toList();
        }
        return null;
    }

    private static boolean isPlain(Object value) {
        if (value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN()) {
            return false;
        }
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Float || value instanceof Boolean
                || value instanceof ObjectId || value instanceof UUID || value instanceof Instant;
    }
}
