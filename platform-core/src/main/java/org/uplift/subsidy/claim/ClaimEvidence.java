package org.uplift.subsidy.claim;

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
 * The claim's files (invoices, proof of payment, usage evidence), in the GridFS bucket {@code claim_evidence} of
 * the SME's tenant (its 一企一档; its evidence quota counts them), stored under the evidence rules by
 * {@link EvidenceFiles#store}. Only {@link SubsidyClaims} uses it, after deciding who may.
 */
@Component
@TenantOwnedBucket(ClaimEvidence.BUCKET)
class ClaimEvidence {

    static final String BUCKET = "claim_evidence";

    private final GridFSBucket bucket;
    private final EvidenceFiles rules;

    ClaimEvidence(MongoDatabaseFactory mongo, EvidenceFiles rules) {
        var database = mongo.getMongoDatabase();
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.rules = rules;
        database.getCollection(BUCKET + ".files")
                .createIndex(Indexes.ascending("tenantId", "metadata.applicationId", "uploadDate"));
    }

    StoredEvidence store(String smeTenantId, String applicationId, ClaimFileKind kind, ClaimUpload upload,
            String uploadedBy) {
        var metadata = new Document("applicationId", applicationId).append("kind", kind.name())
                .append("uploadedBy", uploadedBy);
        return TenantContext.callAs(smeTenantId,
                () -> rules.store(bucket, upload.filename(), upload.size(), upload.content(), metadata));
    }

    void remove(String smeTenantId, Iterable<StoredEvidence> files) {
        TenantContext.runAs(smeTenantId, () -> files.forEach(f -> rules.removeStored(bucket, f.id())));
    }

    Optional<EvidenceContent> open(String smeTenantId, ClaimFile claimFile) {
        return TenantContext.callAs(smeTenantId, () -> {
            if (!ObjectId.isValid(claimFile.fileId())) {
                return Optional.<EvidenceContent>empty();
            }
            var file = bucket.find(Filters.eq("_id", new ObjectId(claimFile.fileId()))).first();
            if (file == null) {
                return Optional.<EvidenceContent>empty();
            }
            Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
            var description = new EvidenceFile(claimFile.fileId(), null, null, file.getFilename(),
                    metadata.getString("contentType"), file.getLength(), metadata.getString("uploadedBy"),
                    file.getUploadDate().toInstant());
            return Optional.of(new EvidenceContent(description,
                    new TenantCarryingInputStream(bucket.openDownloadStream(file.getObjectId()), smeTenantId)));
        });
    }
}
