package org.uplift.tenancy.internal;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.MissingTenantException;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantMismatchException;
import org.uplift.tenancy.TenantOwned;
import org.uplift.tenancy.UnscopableOperationException;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;

/**
 * The tenant rules for one collection: how to restrict a filter, a pipeline, a document, an update.
 * <p>
 * Inside {@link CrossTenantAccess} reads are unrestricted, but a write must name the one tenant it is
 * for by a {@code tenantId} equality in its own filter (and a replacement or update may not move the
 * document to another); otherwise it is refused, whether or not a tenant is current.
 */
final class TenantFilter {

    private static final String FIELD = TenantOwned.FIELD;
    private final String collection;
    private final CodecRegistry codecs;
    private final TenantGuards guards;

    TenantFilter(String collection, CodecRegistry codecs) {
        this.collection = collection;
        this.codecs = codecs;
        this.guards = new TenantGuards(collection);
    }

    /** The filter of a read; unchanged when cross-tenant access is active: reads are then unrestricted. */
    Bson restrict(Bson filter) {
        if (CrossTenantAccess.isActive()) {
            return filter;
        }
        Bson own = Filters.eq(FIELD, tenant());
        if (filter == null) {
            return own;
        }
        BsonDocument rendered = bson(filter);
        if (rendered.containsKey(FIELD)) {
            return Filters.and(filter, own);
        }
        // The same as {$and: [filter, own]}, but flat: a store that looks for indexes among the top-level fields
        // only (the embedded one) then uses a unique index that includes tenantId instead of scanning.
        BsonDocument flat = rendered.clone();
        flat.put(FIELD, new BsonString(tenant()));
        return flat;
    }

    /** The filter of a write: confined to the current tenant, or inside the door to the one it names. */
    Bson restrictWrite(Bson filter) {
        if (!CrossTenantAccess.isActive()) {
            return restrict(filter);
        }
        writeTenant(filter);
        return filter;
    }

    /** The tenant a write with this filter is for (see {@link #restrictWrite}). */
    String writeTenant(Bson filter) {
        if (!CrossTenantAccess.isActive()) {
            return tenant();
        }
        return (filter == null ? java.util.Optional.<String>empty() : TenantGuards.explicitTenant(bson(filter)))
                .orElseThrow(() -> new UnscopableOperationException(collection,
                        "a write inside cross-tenant access must name its one tenant (" + FIELD
                                + " equality in its filter)"));
    }

    List<Bson> restrictPipeline(List<? extends Bson> pipeline) {
        guards.checkReadPipeline(pipeline.stream().map(this::bson).toList());
        List<Bson> restricted = new ArrayList<>(pipeline.size() + 1);
        if (!CrossTenantAccess.isActive()) {
            restricted.add(Aggregates.match(Filters.eq(FIELD, tenant())));
        }
        restricted.addAll(pipeline);
        return restricted;
    }

    /** Stamps a {@link Document} or {@link BsonDocument} (as GridFS writes its chunks) with the current tenant. */
    Object stamp(Object document) {
        if (CrossTenantAccess.isActive() && TenantContext.current().isEmpty()) {
            if (owner(document) == null) {
                throw new MissingTenantException(collection);
            }
            return document;
        }
        return stampFor(document, tenant());
    }

    /** Stamps a replacement with the tenant of its write, refusing one that names another. */
    Object stampFor(Object document, String tenant) {
        Object owner = owner(document);
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

    private Object owner(Object document) {
        if (document instanceof Document doc) {
            return doc.get(FIELD);
        }
        if (document instanceof BsonDocument bson) {
            return bson.containsKey(FIELD) ? ownerOf(bson.get(FIELD)) : null;
        }
        throw new IllegalStateException("Tenant-owned collection '" + collection
                + "' accepts only BSON documents, not " + document.getClass().getName());
    }

    static Object ownerOf(BsonValue value) {
        return value.isString() ? value.asString().getValue() : value;
    }

    /**
     * An update may never move a document to another tenant nor take the tenant field away: operator
     * updates and update pipelines are both checked against the tenant the write is for.
     */
    Object guardUpdate(Object update, String writeTenant) {
        if (update instanceof List<?> pipeline) {
            guards.checkUpdatePipeline(pipeline.stream().map(stage -> bson((Bson) stage)).toList());
        } else if (update instanceof Bson bson) {
            guards.checkOperatorUpdate(bson(bson), writeTenant);
        }
        return update;
    }

    private BsonDocument bson(Bson value) {
        return value instanceof BsonDocument document ? document : value.toBsonDocument(BsonDocument.class, codecs);
    }

    private String tenant() {
        return TenantContext.current().orElseThrow(() -> new MissingTenantException(collection));
    }
}
