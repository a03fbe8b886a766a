package org.uplift.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.MissingTenantException;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantMismatchException;
import org.uplift.tenancy.TenantOwned;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;

/** The tenant rules for one collection: how to restrict a filter, a pipeline, a document, an update. */
final class TenantFilter {

    private static final String FIELD = TenantOwned.FIELD;
    private final String collection;

    TenantFilter(String collection) {
        this.collection = collection;
    }

    /** Null when cross-tenant access is active: reads are then unrestricted. */
    Bson restrict(Bson filter) {
        if (CrossTenantAccess.isActive()) {
            return filter;
        }
        Bson own = Filters.eq(FIELD, tenant());
        return filter == null ? own : Filters.and(filter, own);
    }

    List<Bson> restrictPipeline(List<? extends Bson> pipeline) {
        List<Bson> restricted = new ArrayList<>(pipeline.size() + 1);
        if (!CrossTenantAccess.isActive()) {
            restricted.add(Aggregates.match(Filters.eq(FIELD, tenant())));
        }
        restricted.addAll(pipeline);
        return restricted;
    }

    /** Stamps a {@link Document} or {@link BsonDocument} (as GridFS writes its chunks) with the current tenant. */
    Object stamp(Object document) {
        Object owner;
        if (document instanceof Document doc) {
            owner = doc.get(FIELD);
        } else if (document instanceof BsonDocument bson) {
            owner = bson.containsKey(FIELD) ? ownerOf(bson.get(FIELD)) : null;
        } else {
            throw new IllegalStateException("Tenant-owned collection '" + collection
                    + "' accepts only BSON documents, not " + document.getClass().getName());
        }
        if (CrossTenantAccess.isActive() && TenantContext.current().isEmpty()) {
            if (owner == null) {
                throw new MissingTenantException(collection);
            }
            return document;
        }
        String tenant = tenant();
        if (owner == null) {
            if (document instanceof Document doc) {
                doc.put(FIELD, tenant);
            } else {
                ((BsonDocument) document).put(FIELD, new BsonString(tenant));
            }
        } else if (!tenant.equals(owner)) {
            throw new TenantMismatchException(collection, owner, tenant);
        }
        return document;
    }

    private static Object ownerOf(BsonValue value) {
        return value.isString() ? value.asString().getValue() : value;
    }

    /** An update may never move a document to another tenant. */
    Object guardUpdate(Object update) {
        if (update instanceof Document doc) {
            for (Map.Entry<String, Object> operator : doc.entrySet()) {
                if (operator.getValue() instanceof Document fields && fields.containsKey(FIELD)
                        && !fields.get(FIELD).equals(TenantContext.current().orElse(null))) {
                    throw new TenantMismatchException(collection, fields.get(FIELD),
                            TenantContext.current().orElse("(none)"));
                }
            }
        } else if (update instanceof List<?> pipeline) {
            pipeline.forEach(this::guardUpdate);
        } else if (update instanceof Bson bson) {
            // BsonDocument (GridFS) or an Updates.* builder
            String current = TenantContext.current().orElse(null);
            for (Map.Entry<String, BsonValue> operator : bson.toBsonDocument().entrySet()) {
                if (operator.getValue() instanceof BsonDocument fields && fields.containsKey(FIELD)
                        && !ownerOf(fields.get(FIELD)).equals(current)) {
                    throw new TenantMismatchException(collection, ownerOf(fields.get(FIELD)),
                            current == null ? "(none)" : current);
                }
            }
        }
        return update;
    }

    private String tenant() {
        return TenantContext.current().orElseThrow(() -> new MissingTenantException(collection));
    }
}
