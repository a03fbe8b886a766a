package org.uplift.persistence.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The keys a document has in an index: one per combination of its fields' values, an array contributing each
 * element (and an empty array or a missing field {@code null}), numbers in one exact form so that {@code 1},
 * {@code 1L} and {@code 1.0} are one key and the order stays total.
 */
final class IndexKeys {

    private IndexKeys() {
    }

    static Set<KeyValue> of(Document document, List<String> fields) {
        List<List<Object>> combinations = List.of(List.of());
        for (String field : fields) {
            List<Object> values = valuesOf(Utils.getSubdocumentValueCollectionAware(document, field));
            List<List<Object>> extended = new ArrayList<>(combinations.size() * values.size());
            for (List<Object> combination : combinations) {
                for (Object value : values) {
                    List<Object> next = new ArrayList<>(combination);
                    next.add(value);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        Set<KeyValue> keys = new LinkedHashSet<>();
        for (List<Object> combination : combinations) {
            keys.add(new KeyValue(combination));
        }
        return keys;
    }

    static boolean hasNoValueFor(Document document, List<String> fields) {
        return fields.stream()
                .allMatch(field -> Utils.getSubdocumentValueCollectionAware(document, field) instanceof Missing);
    }

    /** A field value in the form the index keeps: numbers exact, missing as {@code null}. */
    static Object canonical(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return value;
            }
            return d == 0.0 ? BigDecimal.ZERO : new BigDecimal(d).stripTrailingZeros();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue()).stripTrailingZeros();
        }
        return value;
    }

    static int compare(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        return ValueComparator.asc().compare(a, b);
    }

    private static List<Object> valuesOf(Object value) {
        if (value instanceof Collection<?> elements) {
            if (elements.isEmpty()) {
                return nullKey();
            }
            Set<Object> distinct = new LinkedHashSet<>();
            for (Object element : elements) {
                distinct.add(canonical(element));
            }
            return new ArrayList<>(distinct);
        }
        return value instanceof Missing || value == null ? nullKey() : List.of(canonical(value));
    }

    private static List<Object> nullKey() {
        List<Object> key = new ArrayList<>(1);
        key.add(null);
        return key;
    }
}
