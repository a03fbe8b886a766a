package org.uplift.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;

/**
 * The isolation contract for a tenant-owned GridFS bucket, driven through the bucket itself as any code would use
 * it: another tenant can neither find, list, rename nor remove a file. Subclasses name the bucket and store one file
 * the way their feature does.
 */
public abstract class GridFsBucketIsolationContract extends TenantIsolationContract {

    @Autowired
    MongoDatabaseFactory factory;

    protected abstract String bucketName();

    private GridFSBucket bucket() {
        return GridFSBuckets.create(factory.getMongoDatabase(), bucketName());
    }

    @Override
    public Optional<?> read(String id) {
        return Optional.ofNullable(bucket().find(Filters.eq("_id", new ObjectId(id))).first())
                .map(GridFSFile::getFilename);
    }

    @Override
    public List<String> listIds() {
        return bucket().find().map(f -> f.getObjectId().toHexString()).into(new ArrayList<>());
    }

    @Override
    public void change(String id) {
        bucket().rename(new ObjectId(id), "改名.pdf");
    }

    @Override
    public void delete(String id) {
        bucket().delete(new ObjectId(id));
    }
}
