package org.uplift.marketplace.admission;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;
import org.uplift.tenancy.TenantOwnedBucket;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

/**
 * The certificate scans of providers' applications, in the provider's tenant (GridFS, as evidence files are).
 * Only {@link PoolApplications} stores and reads them, after the rules have accepted every scan of the form.
 */
@Component
@TenantOwnedBucket(CertificateFiles.BUCKET)
class CertificateFiles {

    static final String BUCKET = "certificates";

    private final GridFSBucket bucket;

    CertificateFiles(MongoDatabaseFactory mongo) {
        var database = mongo.getMongoDatabase();
        this.bucket = GridFSBuckets.create(database, BUCKET);
        database.getCollection(BUCKET + ".files").createIndex(Indexes.ascending("tenantId", "uploadDate"));
    }

    String store(String fileName, String contentType, byte[] content, String uploadedBy) {
        var metadata = new Document("contentType", contentType).append("uploadedBy", uploadedBy);
        return bucket.uploadFromStream(cleanName(fileName), new ByteArrayInputStream(content),
                new GridFSUploadOptions().metadata(metadata)).toHexString();
    }

    void deleteAll(List<String> fileIds) {
        fileIds.forEach(id -> {
            try {
                bucket.delete(new ObjectId(id));
            } catch (RuntimeException alreadyGone) {
                // cleaning up after a failed save: nothing more to remove
            }
        });
    }

    /** The scan's bytes, in the current tenant. */
    Optional<byte[]> read(String fileId) {
        if (fileId == null || !ObjectId.isValid(fileId)
                || bucket.find(Filters.eq("_id", new ObjectId(fileId))).first() == null) {
            return Optional.empty();
        }
        try (var stream = bucket.openDownloadStream(new ObjectId(fileId))) {
            return Optional.of(stream.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String cleanName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.isBlank() ? fileName : name.strip();
    }
}
