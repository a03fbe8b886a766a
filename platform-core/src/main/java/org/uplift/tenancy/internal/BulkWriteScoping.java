package org.uplift.tenancy.internal;

import java.util.List;

import org.bson.conversions.Bson;

import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;

/** Applies the tenant rules to each write of a bulk write. */
final class BulkWriteScoping {

    private final TenantFilter tenant;

    BulkWriteScoping(TenantFilter tenant) {
        this.tenant = tenant;
    }

    List<WriteModel<Object>> scope(List<? extends WriteModel<Object>> writes) {
        return writes.stream().map(this::scope).toList();
    }

    private WriteModel<Object> scope(WriteModel<Object> write) {
        if (write instanceof InsertOneModel<Object> insert) {
            tenant.stamp(insert.getDocument());
            return insert;
        }
        if (write instanceof ReplaceOneModel<Object> replace) {
            tenant.stampFor(replace.getReplacement(), tenant.writeTenant(replace.getFilter()));
            return new ReplaceOneModel<>(tenant.restrictWrite(replace.getFilter()), replace.getReplacement(),
                    replace.getReplaceOptions());
        }
        if (write instanceof UpdateOneModel<Object> update) {
            Bson filter = guarded(update.getFilter(), update.getUpdate(), update.getUpdatePipeline());
            return update.getUpdate() != null
                    ? new UpdateOneModel<>(filter, update.getUpdate(), update.getOptions())
                    : new UpdateOneModel<>(filter, update.getUpdatePipeline(), update.getOptions());
        }
        if (write instanceof UpdateManyModel<Object> update) {
            Bson filter = guarded(update.getFilter(), update.getUpdate(), update.getUpdatePipeline());
            return update.getUpdate() != null
                    ? new UpdateManyModel<>(filter, update.getUpdate(), update.getOptions())
                    : new UpdateManyModel<>(filter, update.getUpdatePipeline(), update.getOptions());
        }
        if (write instanceof DeleteOneModel<Object> delete) {
            return new DeleteOneModel<>(tenant.restrictWrite(delete.getFilter()), delete.getOptions());
        }
        if (write instanceof DeleteManyModel<Object> delete) {
            return new DeleteManyModel<>(tenant.restrictWrite(delete.getFilter()), delete.getOptions());
        }
        throw new UnsupportedOperationException("Unsupported bulk write on a tenant-owned collection: " + write);
    }

    /** Checks the update (operators or pipeline) against the write's tenant; returns the confined filter. */
    private Bson guarded(Bson filter, Bson update, List<? extends Bson> pipeline) {
        tenant.guardUpdate(update != null ? update : pipeline, tenant.writeTenant(filter));
        return tenant.restrictWrite(filter);
    }
}
