package org.uplift.persistence.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;

/**
 * An index the platform declares: on a {@code @Document} class ({@code @Indexed}, {@code @CompoundIndex}) or in
 * code ({@code createIndex}, {@code ensureIndex}, seen as the {@code createIndexes} command it sends).
 *
 * @param keys field to direction (1 or -1; text and other special kinds count as 1), in index order
 */
record DeclaredIndex(String collection, Map<String, Integer> keys, boolean unique) {

    DeclaredIndex {
        keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    static DeclaredIndex of(String collection, Document keys, boolean unique) {
        Map<String, Integer> order = new LinkedHashMap<>();
        keys.forEach((field, direction) -> order.put(field,
                direction instanceof Number n && n.intValue() < 0 ? -1 : 1));
        return new DeclaredIndex(collection, order, unique);
    }

    /** The {@code _id} index every collection has. */
    static DeclaredIndex id(String collection) {
        return new DeclaredIndex(collection, Map.of("_id", 1), true);
    }

    List<String> fields() {
        return List.copyOf(keys.keySet());
    }

    /** As it would be written on the document class. */
    static String annotation(Map<String, Integer> keys) {
        return keys.entrySet().stream().map(e -> "'" + e.getKey() + "': " + e.getValue())
                .collect(Collectors.joining(", ", "@CompoundIndex(def = \"{", "}\")"));
    }

    @Override
    public String toString() {
        return keys.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}")) + (unique ? " unique" : "");
    }
}
