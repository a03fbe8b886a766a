package org.uplift.marketplace.engagement;

import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.StoredEvidence;
import org.uplift.assessment.evidence.TenantCarryingInputStream;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantOwnedBucket;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

/**
 * The evidence of milestone deliveries, in the GridFS bucket {@code engagement_evidence} of the SME's tenant (the
 * SME keeps its 一企一档, and its evidence quota counts them), stored under the assessment evidence rules by
 * {@link EvidenceFiles#store}. Only {@link EngagementMilestones} uses it, after deciding who may.
 */
@Component
@TenantOwnedBucket(EngagementEvidence.BUCKET)
class EngagementEvidence {

    static final String BUCKET = "engagement_evidence";

    private final GridFSBucket bucket;
    private final EvidenceFiles rules;

    EngagementEvidence(MongoDatabaseFactory mongo, EvidenceFiles rules) {
        var database = mongo.getMongoDatabase();
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.rules = rules;
        database.getCollection(BUCKET + ".files")
                .createIndex(Indexes.ascending("tenantId", "metadata.engagementId", "uploadDate"));
    }

    /** Stores one file in the SME's tenant; a refused file leaves nothing behind. */
    StoredEvidence store(String smeTenantId, String engagementId, int milestoneIndex, EvidenceUpload upload,
            String uploadedBy) {
        var metadata = new Document("engagementId", engagementId).append("milestoneIndex", milestoneIndex)
                .append("uploadedBy", uploadedBy);
        return TenantContext.callAs(smeTenantId,
                () -> rules.store(bucket, upload.filename(), upload.size(), upload.content(), metadata));
    }

    /** Removes files stored for a delivery that was then refused. */
    void remove(String smeTenantId, Iterable<StoredEvidence> files) {
        TenantContext.runAs(smeTenantId, () -> files.forEach(f -> rules.removeStored(bucket, f.id())));
    }

    /** A file of the SME's engagement evidence, opened in the SME's tenant; empty when it is not there. */
    Optional<EvidenceContent> open(String smeTenantId, MilestoneEvidence evidence) {
        return TenantContext.callAs(smeTenantId, () -> {
            if (!ObjectId.isValid(evidence.fileId())) {
                return Optional.<EvidenceContent>empty();
            }
            var file = bucket.find(Filters.eq("_id", new ObjectId(evidence.fileId()))).first();
            if (file == null) {
                return Optional.<EvidenceContent>empty();
            }
            Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
            var description = new EvidenceFile(evidence.fileId(), null, null, file.getFilename(),
                    metadata.getString("contentType"), file.getLength(), metadata.getString("uploadedBy"),
                    file.getUploadDate().toInstant());
            return Optional.of(new EvidenceContent(description,
                    new TenantCarryingInputStream(bucket.openDownloadStream(file.getObjectId()), smeTenantId)));
        });
    }
}
