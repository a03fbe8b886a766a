package org.uplift.tenancy.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.uplift.tenancy.TenantMismatchException;
import org.uplift.tenancy.TenantOwned;
import org.uplift.tenancy.UnscopableOperationException;

/**
 * What the scoping refuses because it cannot confine it to one tenant: the shape checks of read
 * pipelines, updates and cross-tenant write filters. Everything here works on BSON already encoded.
 */
final class TenantGuards {

    private static final String FIELD = TenantOwned.FIELD;

    /**
     * Stages that read or write another collection (which the prepended tenant match cannot reach),
     * produce documents from nothing, or report on the whole collection or server.
     */
    private static final Set<String> REFUSED_STAGES = Set.of("$lookup", "$unionWith", "$graphLookup", "$out",
            "$merge", "$documents", "$changeStream", "$collStats", "$indexStats", "$currentOp", "$listSessions",
            "$listLocalSessions", "$planCacheStats", "$search", "$searchMeta", "$vectorSearch");

    private static final String AMBIGUOUS = "\0";
    private static final Set<String> SETTING_OPERATORS = Set.of("$set", "$setOnInsert");

    private final String collection;

    TenantGuards(String collection) {
        this.collection = collection;
    }

    /** A read pipeline may only work on the documents of this collection, sub-pipelines of {@code $facet} too. */
    void checkReadPipeline(List<BsonDocument> pipeline) {
        for (BsonDocument stage : pipeline) {
            for (Map.Entry<String, BsonValue> entry : stage.entrySet()) {
                if (REFUSED_STAGES.contains(entry.getKey())) {
                    throw refused("aggregation stage " + entry.getKey() + " reaches beyond the tenant's documents");
                }
                if (entry.getKey().equals("$facet") && entry.getValue().isDocument()) {
                    for (BsonValue facet : entry.getValue().asDocument().values()) {
                        if (facet.isArray()) {
                            checkReadPipeline(facet.asArray().stream().filter(BsonValue::isDocument)
                                    .map(BsonValue::asDocument).toList());
                        }
                    }
                }
            }
        }
    }

    /**
     * An update with operators may name the tenant field only to set it to the tenant written to
     * (a no-op); a different tenant is a mismatch, anything else ({@code $unset}, {@code $rename} to or
     * from it, {@code $inc}, ...) is refused.
     */
    void checkOperatorUpdate(BsonDocument update, String writeTenant) {
        for (Map.Entry<String, BsonValue> operator : update.entrySet()) {
            if (!operator.getValue().isDocument()) {
                continue;
            }
            for (Map.Entry<String, BsonValue> field : operator.getValue().asDocument().entrySet()) {
                boolean target = operator.getKey().equals("$rename") && field.getValue().isString()
                        && isTenantPath(field.getValue().asString().getValue());
                if (target || isTenantPath(field.getKey()) && !field.getKey().equals(FIELD)) {
                    throw refused(operator.getKey() + " of " + field.getKey() + " would change the tenant field");
                }
                if (!field.getKey().equals(FIELD)) {
                    continue;
                }
                if (!SETTING_OPERATORS.contains(operator.getKey())) {
                    throw refused(operator.getKey() + " of " + FIELD + " would change the tenant field");
                }
                Object value = TenantFilter.ownerOf(field.getValue());
                if (!value.equals(writeTenant)) {
                    throw new TenantMismatchException(collection, value, writeTenant == null ? "(none)" : writeTenant);
                }
            }
        }
    }

    /**
     * An update pipeline may add, change and remove fields other than the tenant field; stages that
     * replace the whole document, or a {@code $project} that keeps only named fields, could drop it.
     */
    void checkUpdatePipeline(List<BsonDocument> pipeline) {
        for (BsonDocument stage : pipeline) {
            for (Map.Entry<String, BsonValue> entry : stage.entrySet()) {
                String name = entry.getKey();
                BsonValue spec = entry.getValue();
                switch (name) {
                    case "$set", "$addFields" -> {
                        if (spec.isDocument() && spec.asDocument().keySet().stream().anyMatch(TenantGuards::isTenantPath)) {
                            throw refused("update stage " + name + " would change the tenant field");
                        }
                    }
                    case "$unset" -> {
                        List<BsonValue> fields = spec.isArray() ? spec.asArray().getValues() : List.of(spec);
                        if (fields.stream().anyMatch(f -> f.isString() && isTenantPath(f.asString().getValue()))) {
                            throw refused("update stage $unset would remove the tenant field");
                        }
                    }
                    case "$project" -> checkUpdateProjection(spec);
                    default -> throw refused("update stage " + name + " could replace or drop the tenant field");
                }
            }
        }
    }

    private void checkUpdateProjection(BsonValue spec) {
        if (!spec.isDocument()) {
            throw refused("update stage $project without a document");
        }
        for (Map.Entry<String, BsonValue> field : spec.asDocument().entrySet()) {
            boolean excluded = isFalse(field.getValue());
            if (isTenantPath(field.getKey()) || !excluded && !field.getKey().equals("_id")) {
                throw refused("update stage $project would drop or change the tenant field");
            }
        }
    }

    /**
     * The one tenant a filter names: {@code tenantId: "t"} or {@code tenantId: {$eq: "t"}}, at the top
     * or in a top-level {@code $and}. Several different ones name none.
     */
    static Optional<String> explicitTenant(BsonDocument filter) {
        Set<String> named = new HashSet<>();
        collectTenants(filter, named);
        return named.size() == 1 && !named.contains(AMBIGUOUS) ? Optional.of(named.iterator().next())
                : Optional.empty();
    }

    private static void collectTenants(BsonDocument filter, Set<String> named) {
        BsonValue value = filter.get(FIELD);
        if (value != null) {
            if (value.isString()) {
                named.add(value.asString().getValue());
            } else if (value.isDocument() && value.asDocument().size() == 1
                    && value.asDocument().containsKey("$eq") && value.asDocument().get("$eq").isString()) {
                named.add(value.asDocument().getString("$eq").getValue());
            } else {
                named.add(AMBIGUOUS); // an operator, a list, ...: not exactly one tenant
            }
        }
        BsonValue and = filter.get("$and");
        if (and instanceof BsonArray clauses) {
            clauses.stream().filter(BsonValue::isDocument).forEach(c -> collectTenants(c.asDocument(), named));
        }
    }

    private static boolean isTenantPath(String path) {
        return path.equals(FIELD) || path.startsWith(FIELD + ".");
    }

    private static boolean isFalse(BsonValue value) {
        return value.isBoolean() ? !value.asBoolean().getValue()
                : value.isNumber() && value.asNumber().doubleValue() == 0;
    }

    private UnscopableOperationException refused(String what) {
        return new UnscopableOperationException(collection, what);
    }
}
