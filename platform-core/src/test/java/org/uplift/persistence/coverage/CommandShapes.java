package org.uplift.persistence.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Reads the query shapes out of a command as the driver sends it. Only commands that select documents
 * are read; the driver's own ({@code hello}, {@code getMore}, {@code listIndexes}, ...) and inserts have none.
 * An {@code $or} gives one shape per branch (each branch must be covered on its own).
 */
final class CommandShapes {

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");
    private static final Set<String> NEGATION = Set.of("$ne", "$nin", "$not");

    private CommandShapes() {
    }

    static List<QueryShape> of(BsonDocument command) {
        String name = command.getFirstKey();
        BsonValue target = command.get(name);
        if (!target.isString()) {
            return List.of();
        }
        String collection = target.asString().getValue();
        return switch (name) {
            case "find" -> shapes(collection, name, document(command, "filter"), document(command, "sort"));
            case "count", "distinct" -> shapes(collection, name, document(command, "query"), new BsonDocument());
            case "findAndModify" -> shapes(collection, name, document(command, "query"), document(command, "sort"));
            case "update" -> each(command, "updates", collection, name);
            case "delete" -> each(command, "deletes", collection, name);
            case "aggregate" -> aggregate(collection, command.getArray("pipeline", new BsonArray()));
            default -> List.of();
        };
    }

    private static List<QueryShape> each(BsonDocument command, String statements, String collection, String name) {
        List<QueryShape> shapes = new ArrayList<>();
        for (BsonValue statement : command.getArray(statements, new BsonArray())) {
            shapes.addAll(shapes(collection, name, document(statement.asDocument(), "q"), new BsonDocument()));
        }
        return shapes;
    }

    /** A leading {@code $match} is the filter, a {@code $sort} right after it the sort. */
    private static List<QueryShape> aggregate(String collection, BsonArray pipeline) {
        BsonDocument match = new BsonDocument();
        BsonDocument sort = new BsonDocument();
        int next = 0;
        if (next < pipeline.size() && pipeline.get(next).asDocument().containsKey("$match")) {
            match = pipeline.get(next++).asDocument().getDocument("$match");
        }
        if (next < pipeline.size() && pipeline.get(next).asDocument().containsKey("$sort")) {
            sort = pipeline.get(next).asDocument().getDocument("$sort");
        }
        return shapes(collection, "aggregate", match, sort);
    }

    private static List<QueryShape> shapes(String collection, String command, BsonDocument filter, BsonDocument sort) {
        Map<String, Integer> order = new LinkedHashMap<>();
        sort.forEach((field, direction) -> order.put(field, direction.isNumber() && direction.asNumber().intValue() < 0 ? -1 : 1));
        List<QueryShape> shapes = new ArrayList<>();
        for (Map<String, Operator> branch : branches(filter)) {
            shapes.add(new QueryShape(collection, command, branch, order));
        }
        return shapes;
    }

    /** The conjunctions the filter is the union of: {@code $and} merged in, one per {@code $or}/{@code $nor} branch. */
    private static List<Map<String, Operator>> branches(BsonDocument filter) {
        List<Map<String, Operator>> branches = new ArrayList<>();
        branches.add(new LinkedHashMap<>());
        for (Map.Entry<String, BsonValue> clause : filter.entrySet()) {
            String key = clause.getKey();
            if (key.equals("$and")) {
                for (BsonValue part : clause.getValue().asArray()) {
                    branches = product(branches, branches(part.asDocument()));
                }
            } else if (key.equals("$or")) {
                List<Map<String, Operator>> alternatives = new ArrayList<>();
                for (BsonValue part : clause.getValue().asArray()) {
                    alternatives.addAll(branches(part.asDocument()));
                }
                branches = product(branches, alternatives);
            } else if (key.startsWith("$")) {
                branches.forEach(branch -> branch.put(key, Operator.OTHER));
            } else {
                Operator operator = operator(clause.getValue());
                branches.forEach(branch -> branch.merge(key, operator, CommandShapes::stronger));
            }
        }
        return branches;
    }

    private static List<Map<String, Operator>> product(List<Map<String, Operator>> left, List<Map<String, Operator>> right) {
        List<Map<String, Operator>> result = new ArrayList<>();
        for (Map<String, Operator> l : left) {
            for (Map<String, Operator> r : right) {
                Map<String, Operator> both = new LinkedHashMap<>(l);
                r.forEach((field, operator) -> both.merge(field, operator, CommandShapes::stronger));
                result.add(both);
            }
        }
        return result;
    }

    /** The constraint an index can use best when a field is constrained twice. */
    private static Operator stronger(Operator a, Operator b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Operator operator(BsonValue value) {
        if (value.isRegularExpression()) {
            return Operator.RANGE;
        }
        if (!value.isDocument() || value.asDocument().isEmpty()
                || !value.asDocument().getFirstKey().startsWith("$")) {
            return Operator.EQUALITY;
        }
        Operator best = Operator.OTHER;
        for (String op : value.asDocument().keySet()) {
            best = stronger(best, kind(op));
        }
        return best;
    }

    private static Operator kind(String op) {
        if (op.equals("$eq")) {
            return Operator.EQUALITY;
        }
        if (op.equals("$in")) {
            return Operator.IN;
        }
        if (op.equals("$elemMatch")) {
            return Operator.ELEM_MATCH;
        }
        if (RANGE.contains(op) || op.equals("$regex")) {
            return Operator.RANGE;
        }
        if (op.equals("$exists")) {
            return Operator.EXISTS;
        }
        return NEGATION.contains(op) ? Operator.NEGATION : Operator.OTHER;
    }

    private static BsonDocument document(BsonDocument command, String key) {
        BsonValue value = command.get(key);
        return value != null && value.isDocument() ? value.asDocument() : new BsonDocument();
    }
}
