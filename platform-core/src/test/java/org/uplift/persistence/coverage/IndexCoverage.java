package org.uplift.persistence.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.uplift.tenancy.TenantOwned;

/**
 * Decides whether a query shape is served by one of the declared indexes, as MongoDB would serve it: the
 * query's equality fields ({@code =}, {@code $in}, {@code $elemMatch}) are the index's first keys (in any
 * order; {@code tenantId} first on a tenant-owned collection), then the sort in index order (or all reversed),
 * or, without a sort, the one range field the index bounds. Conditions an index cannot bound ({@code $ne},
 * {@code $exists}, further range fields) are checked on the documents the index returns and need no key.
 * Also covered: a point look-up on {@code _id} or on every key of a unique index, a GridFS chunk read by its
 * {@code files_id}, and a read of the whole collection with no filter (nothing an index could make cheaper).
 */
final class IndexCoverage {

    private static final String ID = "_id";
    private static final String CHUNK_FILE = "files_id";

    private final Map<String, List<DeclaredIndex>> indexes;
    private final Predicate<String> tenantOwned;

    IndexCoverage(Collection<DeclaredIndex> declared, Predicate<String> tenantOwned) {
        this.indexes = declared.stream().distinct().collect(Collectors.groupingBy(DeclaredIndex::collection));
        this.tenantOwned = tenantOwned;
    }

    /** Why each uncovered shape is not covered, with the index that would cover it; empty when all are. */
    List<String> uncovered(Collection<QueryShape> shapes) {
        List<String> problems = new ArrayList<>();
        shapes.forEach(shape -> uncovered(shape).ifPresent(problems::add));
        return problems;
    }

    Optional<String> uncovered(QueryShape shape) {
        if (covered(shape)) {
            return Optional.empty();
        }
        List<DeclaredIndex> declared = indexes.getOrDefault(shape.collection(), List.of());
        return Optional.of(shape + " is not covered by an index of " + shape.collection()
                + (declared.isEmpty() ? " (it declares none)" : " (declared: " + declared.stream()
                .map(DeclaredIndex::toString).collect(Collectors.joining(", ")) + ")")
                + "; declare " + DeclaredIndex.annotation(suggestion(shape))
                + " on its document class (or createIndex it where the collection is used), or change the query");
    }

    boolean covered(QueryShape shape) {
        Set<String> points = points(shape);
        if (points.contains(ID) || shape.collection().endsWith(".chunks") && points.contains(CHUNK_FILE)) {
            return true;
        }
        if (shape.filter().isEmpty() && shape.sort().isEmpty()) {
            return true;
        }
        if (points.isEmpty() && ranges(shape).isEmpty() && shape.sort().isEmpty()) {
            return false;
        }
        return Stream.concat(Stream.of(DeclaredIndex.id(shape.collection())),
                indexes.getOrDefault(shape.collection(), List.of()).stream()).anyMatch(index -> covers(index, shape));
    }

    private boolean covers(DeclaredIndex index, QueryShape shape) {
        Set<String> points = points(shape);
        List<String> keys = index.fields();
        if (index.unique() && points.containsAll(keys)) {
            return true;
        }
        boolean scopedByTenant = tenantOwned.test(shape.collection()) && points.contains(TenantOwned.FIELD);
        if (scopedByTenant && !keys.get(0).equals(TenantOwned.FIELD)) {
            return false;
        }
        int p = points.size();
        if (keys.size() < p || !new HashSet<>(keys.subList(0, p)).equals(points)) {
            return false;
        }
        List<String> rest = keys.subList(p, keys.size());
        Map<String, Integer> sort = openSort(shape);
        if (!sort.isEmpty()) {
            return sortCovered(index, rest, sort);
        }
        Set<String> ranges = ranges(shape);
        return ranges.isEmpty() || !rest.isEmpty() && ranges.contains(rest.get(0));
    }

    private static boolean sortCovered(DeclaredIndex index, List<String> rest, Map<String, Integer> sort) {
        List<String> order = List.copyOf(sort.keySet());
        if (rest.size() < order.size() || !rest.subList(0, order.size()).equals(order)) {
            return false;
        }
        Set<Boolean> sameDirection = new HashSet<>();
        order.forEach(field -> sameDirection.add(index.keys().get(field).equals(sort.get(field))));
        return sameDirection.size() == 1;
    }

    /**
     * The index a maintainer would add: tenant, equalities (first those a declared index already leads with, so
     * it can be extended), then the sort or the (first) range field.
     */
    Map<String, Integer> suggestion(QueryShape shape) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        Set<String> points = new TreeSet<>(points(shape));
        if (points.remove(TenantOwned.FIELD)) {
            keys.put(TenantOwned.FIELD, 1);
        }
        for (String field : longestLeadingRun(shape, keys.keySet(), points)) {
            keys.put(field, 1);
            points.remove(field);
        }
        points.forEach(field -> keys.put(field, 1));
        Map<String, Integer> sort = openSort(shape);
        if (!sort.isEmpty()) {
            keys.putAll(sort);
        } else {
            ranges(shape).stream().findFirst().ifPresent(field -> keys.put(field, 1));
        }
        return keys;
    }

    /** The longest run of the query's equality fields a declared index has right after {@code start}. */
    private List<String> longestLeadingRun(QueryShape shape, Set<String> start, Set<String> points) {
        List<String> best = List.of();
        for (DeclaredIndex index : indexes.getOrDefault(shape.collection(), List.of())) {
            List<String> keys = index.fields();
            if (keys.size() < start.size() || !new HashSet<>(keys.subList(0, start.size())).equals(start)) {
                continue;
            }
            List<String> run = new ArrayList<>();
            for (String key : keys.subList(start.size(), keys.size())) {
                if (!points.contains(key)) {
                    break;
                }
                run.add(key);
            }
            if (run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }

    private static Set<String> points(QueryShape shape) {
        return shape.filter().entrySet().stream().filter(e -> e.getValue().isPoint()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ranges(QueryShape shape) {
        return shape.filter().entrySet().stream().filter(e -> e.getValue().isRange()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The sort without the fields an equality already fixes. */
    private static Map<String, Integer> openSort(QueryShape shape) {
        Map<String, Integer> sort = new LinkedHashMap<>(shape.sort());
        shape.filter().forEach((field, operator) -> {
            if (operator == Operator.EQUALITY) {
                sort.remove(field);
            }
        });
        return sort;
    }
}
