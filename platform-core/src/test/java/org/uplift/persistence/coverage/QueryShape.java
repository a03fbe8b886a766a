package org.uplift.persistence.coverage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one command asks of one collection, without its values: the filter's fields with the kind of
 * constraint on each, and the sort. Two queries that differ only in values have the same shape.
 *
 * @param command the MongoDB command ({@code find}, {@code aggregate}, {@code update}, ...)
 * @param filter  field to operator, sorted by field name
 * @param sort    field to direction (1 or -1), in sort order
 */
record QueryShape(String collection, String command, Map<String, Operator> filter, Map<String, Integer> sort) {

    QueryShape {
        filter = java.util.Collections.unmodifiableMap(new TreeMap<>(filter));
        sort = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sort));
    }

    @Override
    public String toString() {
        String fields = filter.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        String order = sort.isEmpty() ? "" : " sort " + sort.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
        return command + " " + collection + " " + fields + order;
    }
}
