package org.uplift.marketplace.quote;

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
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;

/**
 * Answer attachments, in the GridFS bucket {@code quote_attachments} of the SME's tenant: the answer is addressed to
 * the SME, which keeps it like the engagement evidence it may become part of, and counts it in its evidence quota.
 * Stored under the assessment evidence rules by {@link EvidenceFiles#store}; only {@link ProviderQuotes} (storing,
 * after deciding who may) and {@link QuoteRequests} (the SME opening a file its own offer names) use it.
 */
@Component
@TenantOwnedBucket(QuoteAttachments.BUCKET)
class QuoteAttachments {

    static final String BUCKET = "quote_attachments";
    static final String FIELD = "attachment";

    private final GridFSBucket bucket;
    private final EvidenceFiles rules;

    QuoteAttachments(MongoDatabaseFactory mongo, EvidenceFiles rules) {
        var database = mongo.getMongoDatabase();
        this.bucket = GridFSBuckets.create(database, BUCKET);
        this.rules = rules;
        database.getCollection(BUCKET + ".files").createIndex(Indexes.ascending("tenantId", "metadata.quoteId",
                "uploadDate"));
    }

    /** Stores the file in the SME's tenant; a refused file leaves nothing behind and is named on {@value #FIELD}. */
    QuoteAttachment store(String smeTenantId, String quoteId, AttachmentUpload upload, String uploadedBy) {
        var metadata = new Document("quoteId", quoteId).append("uploadedBy", uploadedBy);
        try {
            StoredEvidence stored = TenantContext.callAs(smeTenantId,
                    () -> rules.store(bucket, upload.filename(), upload.size(), upload.content(), metadata));
            return new QuoteAttachment(stored.id(), stored.filename(), stored.contentType(), stored.size());
        } catch (InputRejectedException refused) {
            throw new InputRejectedException(refused.violations().stream()
                    .map(v -> Violation.of(FIELD, v.messageKey(), v.arguments().toArray())).toList());
        }
    }

    void remove(String smeTenantId, QuoteAttachment attachment) {
        TenantContext.runAs(smeTenantId, () -> rules.removeStored(bucket, attachment.fileId()));
    }

    /** The file, opened in the SME's tenant; empty when it is not there. */
    Optional<EvidenceContent> open(String smeTenantId, QuoteAttachment attachment) {
        return TenantContext.callAs(smeTenantId, () -> {
            if (!ObjectId.isValid(attachment.fileId())) {
                return Optional.<EvidenceContent>empty();
            }
            var file = bucket.find(Filters.eq("_id", new ObjectId(attachment.fileId()))).first();
            if (file == null) {
                return Optional.<EvidenceContent>empty();
            }
            Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
            var description = new EvidenceFile(attachment.fileId(), null, null, file.getFilename(),
                    metadata.getString("contentType"), file.getLength(), metadata.getString("uploadedBy"),
                    file.getUploadDate().toInstant());
            return Optional.of(new EvidenceContent(description,
                    new TenantCarryingInputStream(bucket.openDownloadStream(file.getObjectId()), smeTenantId)));
        });
    }
}
