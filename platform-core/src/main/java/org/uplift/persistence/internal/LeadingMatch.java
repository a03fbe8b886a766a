package org.uplift.persistence.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Lets an aggregation whose pipeline starts with {@code $match} read its collection through that filter, and so
 * through the collection's indexes, instead of from every document. The driver's {@code countDocuments} is such an
 * aggregation, and the platform's tenant scoping puts a leading {@code $match} on every other one.
 * <p>
 * mongo-java-server builds the aggregation from the full collection ({@code queryAllAsStream}) and applies the
 * {@code $match} stage to it; the stage still runs, over the pre-filtered documents, with the same answer. The
 * filter is handed to the collection for the duration of the command on the command's thread and taken by the
 * first read of that collection. Pipelines that read a collection a second time ({@code $unionWith}), and filters
 * with {@code $expr} (which may use the pipeline's variables), are left alone.
 */
final class LeadingMatch {

    private static final ThreadLocal<LeadingMatch> CURRENT = new ThreadLocal<>();

    private final String collectionFullName;
    private final Document filter;

    private LeadingMatch(String collectionFullName, Document filter) {
        this.collectionFullName = collectionFullName;
        this.filter = filter;
    }

    /** Runs the aggregate command with its leading {@code $match} offered to its collection. */
    static Document during(String collectionFullName, Document aggregateCommand, Supplier<Document> command) {
        Document filter = leadingMatchOf(aggregateCommand.get("pipeline"));
        if (filter == null) {
            return command.get();
        }
        CURRENT.set(new LeadingMatch(collectionFullName, filter));
        try {
            return command.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** The leading filter offered to this collection, once; {@code null} if none. */
    static Document take(String collectionFullName) {
        LeadingMatch current = CURRENT.get();
        if (current == null || !current.collectionFullName.equals(collectionFullName)) {
            return null;
        }
        CURRENT.remove();
        return current.filter;
    }

    private static Document leadingMatchOf(Object pipeline) {
        if (!(pipeline instanceof List<?> stages) || stages.isEmpty() || mentions(stages, "$unionWith")) {
            return null;
        }
        if (stages.get(0) instanceof Document first && first.size() == 1 && first.get("$match") instanceof Document match
                && !mentions(match, "$expr")) {
            return match;
        }
        return null;
    }

    private static boolean mentions(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            return map.containsKey(key) || map.values().stream().anyMatch(v -> mentions(v, key));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> mentions(v, key));
        }
        return false;
    }
}
