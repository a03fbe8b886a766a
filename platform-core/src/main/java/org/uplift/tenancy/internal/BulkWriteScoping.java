package org.uplift.tenancy.internal;

import java.util.List;

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
            tenant.stamp(replace.getReplacement());
            return new ReplaceOneModel<>(tenant.restrict(replace.getFilter()), replace.getReplacement(),
                    replace.getReplaceOptions());
        }
        if (write instanceof UpdateOneModel<Object> update) {
            return update.getUpdate() != null
                    ? new UpdateOneModel<>(tenant.restrict(update.getFilter()),
                            (org.bson.conversions.Bson) tenant.guardUpdate(update.getUpdate()), update.getOptions())
                    : new UpdateOneModel<>(tenant.restrict(update.getFilter()),
                            guardedPipeline(update.getUpdatePipeline()), update.getOptions());
        }
        if (write instanceof UpdateManyModel<Object> update) {
            return update.getUpdate() != null
                    ? new UpdateManyModel<>(tenant.restrict(update.getFilter()),
                            (org.bson.conversions.Bson) tenant.guardUpdate(update.getUpdate()), update.getOptions())
                    : new UpdateManyModel<>(tenant.restrict(update.getFilter()),
                            guardedPipeline(update.getUpdatePipeline()), update.getOptions());
        }
        if (write instanceof DeleteOneModel<Object> delete) {
            return new DeleteOneModel<>(tenant.restrict(delete.getFilter()), delete.getOptions());
        }
        if (write instanceof DeleteManyModel<Object> delete) {
            return new DeleteManyModel<>(tenant.restrict(delete.getFilter()), delete.getOptions());
        }
        throw new UnsupportedOperationException("Unsupported bulk write on a tenant-owned collection: " + write);
    }

    @SuppressWarnings("unchecked")
    private List<? extends org.bson.conversions.Bson> guardedPipeline(List<? extends org.bson.conversions.Bson> pipeline) {
        tenant.guardUpdate(pipeline);
        return pipeline;
    }
}
