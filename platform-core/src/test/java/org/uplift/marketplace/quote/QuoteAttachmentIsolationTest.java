package org.uplift.marketplace.quote;

import java.io.ByteArrayInputStream;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.tenancy.GridFsBucketIsolationContract;
import org.uplift.tenancy.TenantContext;

/** An answer's attachment belongs to the SME that keeps it: another tenant can neither find, list, rename nor remove it. */
@SpringBootTest
class QuoteAttachmentIsolationTest extends GridFsBucketIsolationContract {

    @Autowired
    QuoteAttachments attachments;

    @Override
    protected String bucketName() {
        return QuoteAttachments.BUCKET;
    }

    @Override
    public String create() {
        byte[] pdf = TestFiles.pdf(1000);
        return attachments.store(TenantContext.require(), new ObjectId().toHexString(),
                new AttachmentUpload("报价书.pdf", pdf.length, new ByteArrayInputStream(pdf)), "consultant").fileId();
    }
}
