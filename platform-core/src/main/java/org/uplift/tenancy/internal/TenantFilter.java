package org.uplift.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    Object stamp(Object document) {
        if (!(document instanceof Document doc)) {
            throw new IllegalStateException("Tenant-owned collection '" + collection
                    + "' accepts only BSON documents, not " + document.getClass().getName());
        }
        Object owner = doc.get(FIELD);
        if (CrossTenantAccess.isActive() && TenantContext.current().isEmpty()) {
            if (owner == null) {
                throw new MissingTenantException(collection);
            }
            return doc;
        }
        String tenant = tenant();
        if (owner == null) {
            doc.put(FIELD, tenant);
        } else if (!tenant.equals(owner)) {
            throw new TenantMismatchException(collection, owner, tenant);
        }
        return doc;
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
        }
        return update;
    }

    private String tenant() {
        return TenantContext.current().orElseThrow(() -> new MissingTenantException(collection));
    }
}
