package org.uplift.subsidy.claim;

import java.io.ByteArrayInputStream;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.tenancy.GridFsBucketIsolationContract;
import org.uplift.tenancy.TenantContext;

/** Claim files belong to the SME that keeps them: another tenant can neither find, list, rename nor remove them. */
@SpringBootTest
class ClaimEvidenceIsolationTest extends GridFsBucketIsolationContract {

    @Autowired
    ClaimEvidence evidence;

    @Override
    protected String bucketName() {
        return ClaimEvidence.BUCKET;
    }

    @Override
    public String create() {
        byte[] pdf = TestFiles.pdf(1000);
        return evidence.store(TenantContext.require(), new ObjectId().toHexString(), ClaimFileKind.INVOICE,
                new ClaimUpload("发票.pdf", pdf.length, new ByteArrayInputStream(pdf)), "owner").id();
    }
}
