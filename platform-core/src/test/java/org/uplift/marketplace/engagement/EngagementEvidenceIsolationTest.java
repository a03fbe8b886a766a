package org.uplift.marketplace.engagement;

import java.io.ByteArrayInputStream;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.tenancy.GridFsBucketIsolationContract;
import org.uplift.tenancy.TenantContext;

/** Milestone evidence belongs to the SME that keeps it: another tenant can neither find, list, rename nor remove it. */
@SpringBootTest
class EngagementEvidenceIsolationTest extends GridFsBucketIsolationContract {

    @Autowired
    EngagementEvidence evidence;

    @Override
    protected String bucketName() {
        return EngagementEvidence.BUCKET;
    }

    @Override
    public String create() {
        byte[] pdf = TestFiles.pdf(1000);
        return evidence.store(TenantContext.require(), new ObjectId().toHexString(), 0,
                new EvidenceUpload("验收单.pdf", pdf.length, new ByteArrayInputStream(pdf)), "consultant").id();
    }
}
