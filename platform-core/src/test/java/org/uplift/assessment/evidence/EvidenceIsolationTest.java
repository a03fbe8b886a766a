package org.uplift.assessment.evidence;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.tenancy.TenantIsolationContract;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;

/** Evidence files belong to the SME: another tenant can neither find, open, list nor remove them. */
@SpringBootTest
class EvidenceIsolationTest extends TenantIsolationContract {

    @Autowired
    EvidenceFiles evidence;
    @Autowired
    Assessments assessments;
    @Autowired
    MongoDatabaseFactory factory;

    @Override
    public String create() {
        Assessment draft = assessments.history().stream().filter(Assessment::isDraft).findFirst()
                .orElseGet(() -> TestActors.asOwner("owner", () -> assessments.start()));
        byte[] pdf = TestFiles.pdf(1000);
        return TestActors.asOwner("owner", () -> evidence.attach(draft.getId(), "Q3", "a.pdf", pdf.length, new ByteArrayInputStream(pdf)))
                .id();
    }

    @Override
    public Optional<?> read(String id) {
        return evidence.open(id).map(EvidenceContent::file);
    }

    @Override
    public List<String> listIds() {
        return assessments.history().stream().flatMap(a -> evidence.list(a.getId()).stream()).map(EvidenceFile::id)
                .toList();
    }

    /** Files are never changed, only removed: trying to remove is the change. */
    @Override
    public void change(String id) {
        TestActors.asOwner("intruder", () -> evidence.remove(id));
    }

    @Override
    public void delete(String id) {
        TestActors.asOwner("intruder", () -> evidence.remove(id));
    }

    @Test
    void another_tenant_cannot_list_by_a_known_assessment_id() {
        String fileId = tenants.asA(this::create);
        String assessmentId = tenants.asA(() -> evidence.open(fileId).orElseThrow().file().assessmentId());

        assertThat(tenants.asB(() -> evidence.list(assessmentId))).isEmpty();
    }

    @Test
    void the_raw_gridfs_bucket_is_confined_too() {
        String fileId = tenants.asA(this::create);
        var bucket = GridFSBuckets.create(factory.getMongoDatabase(), EvidenceFiles.BUCKET);
        ObjectId id = new ObjectId(fileId);

        tenants.asB(() -> {
            assertThat(bucket.find(Filters.eq("_id", id)).first()).isNull();
            assertThatThrownBy(() -> bucket.openDownloadStream(id)).isInstanceOf(MongoGridFSException.class);
            assertThatThrownBy(() -> bucket.delete(id)).isInstanceOf(MongoGridFSException.class);
        });

        assertThat(tenants.asA(() -> read(fileId))).isPresent();
    }
}
