package org.uplift.marketplace.quote;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantIsolationContract;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;

/** An answer's attachment belongs to the SME that keeps it: another tenant can neither find, list, rename nor remove it. */
@SpringBootTest
class QuoteAttachmentIsolationTest extends TenantIsolationContract {

    @Autowired
    QuoteAttachments attachments;
    @Autowired
    MongoDatabaseFactory factory;

    GridFSBucket bucket() {
        return GridFSBuckets.create(factory.getMongoDatabase(), QuoteAttachments.BUCKET);
    }

    @Override
    public String create() {
        byte[] pdf = TestFiles.pdf(1000);
        return attachments.store(TenantContext.require(), new ObjectId().toHexString(),
                new AttachmentUpload("报价书.pdf", pdf.length, new ByteArrayInputStream(pdf)), "consultant").fileId();
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
