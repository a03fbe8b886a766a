package org.uplift.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * A {@link TenantOwnedBucket} is confined by the same mechanism as tenant-owned documents, through the
 * MongoDB driver's own GridFS code: uploads are stamped (file and every chunk), and find, download,
 * rename and delete see only the current tenant's files.
 */
@SpringBootTest
@TenantOwnedBucket(TenantScopedGridFsTest.BUCKET)
class TenantScopedGridFsTest {

    static final String BUCKET = "test_files";
    /** Small chunks, so that one upload writes several chunk documents. */
    static final int CHUNK = 1024;

    @Autowired
    MongoDatabaseFactory factory;
    @Autowired
    MongoTemplate template;

    final TwoTenants tenants = new TwoTenants();
    GridFSBucket bucket;

    @BeforeEach
    void bucket() {
        bucket = GridFSBuckets.create(factory.getMongoDatabase(), BUCKET).withChunkSizeBytes(CHUNK);
    }

    ObjectId upload(String name, int bytes) {
        return bucket.uploadFromStream(name, new ByteArrayInputStream(new byte[bytes]),
                new GridFSUploadOptions().metadata(new Document("owner", TenantContext.require())));
    }

    static byte[] download(GridFSBucket bucket, ObjectId id) {
        var out = new ByteArrayOutputStream();
        bucket.downloadToStream(id, out);
        return out.toByteArray();
    }

    List<Document> raw(String collection, ObjectId fileId, String idField) {
        return CrossTenantAccess.call("test: raw GridFS documents", () -> template.getCollection(collection)
                .find(Filters.eq(idField, fileId)).into(new ArrayList<>()));
    }

    @Test
    void an_upload_stamps_the_file_and_every_chunk_with_the_tenant() {
        ObjectId id = tenants.asA(() -> upload("a.pdf", 3 * CHUNK + 10));

        assertThat(raw(BUCKET + ".files", id, "_id")).singleElement()
                .satisfies(file -> assertThat(file.getString("tenantId")).isEqualTo(tenants.a()));
        assertThat(raw(BUCKET + ".chunks", id, "files_id")).hasSize(4)
                .allSatisfy(chunk -> assertThat(chunk.getString("tenantId")).isEqualTo(tenants.a()));
        assertThat(tenants.asA(() -> download(bucket, id))).hasSize(3 * CHUNK + 10);
    }

    @Test
    void another_tenant_can_neither_find_nor_open_nor_rename_nor_delete_a_file() {
        ObjectId id = tenants.asA(() -> upload("a.pdf", 2 * CHUNK));

        tenants.asB(() -> {
            assertThat(bucket.find(Filters.eq("_id", id)).first()).isNull();
            assertThat(bucket.find().into(new ArrayList<>())).extracting(GridFSFile::getObjectId).doesNotContain(id);
            assertThat(bucket.find(Filters.eq("metadata.owner", tenants.a())).first()).isNull();
            assertThatThrownBy(() -> bucket.openDownloadStream(id)).isInstanceOf(MongoGridFSException.class);
            assertThatThrownBy(() -> bucket.rename(id, "mine.pdf")).isInstanceOf(MongoGridFSException.class);
            assertThatThrownBy(() -> bucket.delete(id)).isInstanceOf(MongoGridFSException.class);
        });

        tenants.asA(() -> {
            assertThat(bucket.find(Filters.eq("_id", id)).first().getFilename()).isEqualTo("a.pdf");
            assertThat(download(bucket, id)).hasSize(2 * CHUNK);
        });
        assertThat(raw(BUCKET + ".chunks", id, "files_id")).hasSize(2);
    }

    @Test
    void a_tenant_deletes_its_own_file_with_all_its_chunks() {
        ObjectId id = tenants.asA(() -> upload("a.pdf", 2 * CHUNK + 1));

        tenants.asA(() -> bucket.delete(id));

        assertThat(raw(BUCKET + ".files", id, "_id")).isEmpty();
        assertThat(raw(BUCKET + ".chunks", id, "files_id")).isEmpty();
    }

    @Test
    void an_aborted_upload_leaves_no_chunks() {
        ObjectId id = tenants.asA(() -> {
            var upload = bucket.openUploadStream("big.pdf");
            upload.write(new byte[2 * CHUNK + 5]);
            upload.abort();
            return upload.getObjectId();
        });

        assertThat(raw(BUCKET + ".chunks", id, "files_id")).isEmpty();
        assertThat(raw(BUCKET + ".files", id, "_id")).isEmpty();
    }

    @Test
    void without_a_tenant_the_bucket_is_unreachable() {
        ObjectId id = tenants.asA(() -> upload("a.pdf", 10));

        assertThatThrownBy(() -> bucket.find(Filters.eq("_id", id)).first()).isInstanceOf(MissingTenantException.class);
        assertThatThrownBy(() -> bucket.openDownloadStream(id)).isInstanceOf(MissingTenantException.class);
        assertThatThrownBy(() -> bucket.delete(id)).isInstanceOf(MissingTenantException.class);
        assertThatThrownBy(() -> upload("b.pdf", 10)).isInstanceOf(MissingTenantException.class);
    }

    @Test
    void a_filter_set_after_find_keeps_the_tenant() {
        tenants.asA(() -> template.save(new Widget("red", 5)));
        tenants.asB(() -> template.save(new Widget("red", 7)));

        List<Document> seen = tenants.asA(() -> template.getCollection("test_widgets").find()
                .filter(Filters.eq("colour", "red")).into(new ArrayList<>()));
        List<Object> distinct = tenants.asA(() -> template.getCollection("test_widgets")
                .distinct("size", Integer.class).filter(Filters.eq("colour", "red")).into(new ArrayList<>()));

        assertThat(seen).extracting(d -> d.getString("tenantId")).containsOnly(tenants.a());
        assertThat(distinct).containsExactly(5);
    }

    @Test
    void an_update_builder_cannot_move_a_document_to_another_tenant() {
        tenants.asA(() -> template.save(new Widget("blue", 1)));

        assertThatThrownBy(() -> tenants.asA(() -> template.getCollection("test_widgets")
                .updateMany(Filters.eq("colour", "blue"), Updates.set("tenantId", tenants.b()))))
                .isInstanceOf(TenantMismatchException.class);
        assertThatThrownBy(() -> tenants.asA(() -> template.getCollection("test_widgets")
                .updateMany(Filters.eq("colour", "blue"),
                        BsonDocument.parse("{'$set': {'tenantId': '" + tenants.b() + "'}}"))))
                .isInstanceOf(TenantMismatchException.class);
    }
}
