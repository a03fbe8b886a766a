package org.uplift.persistence.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.bwaldvogel.mongo.backend.AbstractMongoDatabase;

/** The indexes across a restart of the durable file, a rename, concurrent writers, GridFS, and what they log. */
class SecondaryIndexLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void the_durable_file_reopens_with_its_indexes_rebuilt_from_the_documents() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedStore store = EmbeddedStore.durable(file)) {
            var notifications = store.collection("notifications");
            notifications.createIndex(Indexes.ascending("tenantId", "recipientUserId"), new IndexOptions().name("tr"));
            for (int i = 0; i < 100; i++) {
                notifications.insertOne(new Document("_id", i).append("tenantId", "t-" + (i % 10))
                        .append("recipientUserId", "u-" + (i % 3)));
            }
            notifications.updateMany(eq("tenantId", "t-0"), Updates.set("recipientUserId", "u-9"));
            notifications.deleteMany(eq("tenantId", "t-1"));
        }

        try (EmbeddedStore store = EmbeddedStore.durable(file)) {
            var notifications = store.collection("notifications");

            assertThat(store.entriesOf("notifications", "tr")).isEqualTo(90);
            assertThat(store.indexFor("notifications", new Document("tenantId", "t-0"))).isEqualTo("tr");
            assertThat(notifications.countDocuments(and(eq("tenantId", "t-0"), eq("recipientUserId", "u-9"))))
                    .isEqualTo(10);
            assertThat(notifications.countDocuments(eq("tenantId", "t-1"))).isZero();
            assertThat(notifications.countDocuments(and(eq("tenantId", "t-2"), eq("recipientUserId", "u-2"))))
                    .isEqualTo(4);
        }
    }

    @Test
    void a_compound_unique_index_narrows_its_prefix_also_after_a_restart_and_still_refuses_duplicates() {
        Path file = dir.resolve("unique.mv");
        try (EmbeddedStore store = EmbeddedStore.durable(file)) {
            var memberships = store.collection("memberships");
            memberships.createIndex(Indexes.ascending("tenantId", "userId"), new IndexOptions().name("tu").unique(true));
            for (int i = 0; i < 30; i++) {
                memberships.insertOne(new Document("tenantId", "t-" + (i % 3)).append("userId", "u-" + i));
            }
        }

        try (EmbeddedStore store = EmbeddedStore.durable(file)) {
            var memberships = store.collection("memberships");

            assertThat(store.indexFor("memberships", new Document("tenantId", "t-1"))).isEqualTo("tu");
            assertThat(memberships.countDocuments(eq("tenantId", "t-1"))).isEqualTo(10);
            assertThat(store.serverCollection("memberships").getIndexes().stream()
                    .filter(index -> index instanceof UniquePrefixIndex).findFirst().orElseThrow()
                    .getPositions(new de.bwaldvogel.mongo.bson.Document("tenantId", "t-1"))).hasSize(10);
            assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> memberships.insertOne(
                    new Document("tenantId", "t-1").append("userId", "u-1")));
            assertThat(memberships.countDocuments(eq("tenantId", "t-1"))).isEqualTo(10);
        }
    }

    @Test
    void gridfs_reads_a_files_chunks_through_the_chunk_index() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            GridFSBucket bucket = GridFSBuckets.create(store.database());
            List<ObjectId> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(bucket.uploadFromStream("f" + i, new ByteArrayInputStream(new byte[600_000 + i]),
                        new GridFSUploadOptions().chunkSizeBytes(255 * 1024)));
            }

            var out = new ByteArrayOutputStream();
            bucket.downloadToStream(ids.get(7), out);

            assertThat(out.size()).isEqualTo(600_007);
            assertThat(store.indexFor("fs.chunks", new Document("files_id", ids.get(7)))).isEqualTo("files_id_1_n_1");
        }
    }

    @Test
    void a_renamed_collection_keeps_its_documents_and_index_across_a_restart() {
        Path file = dir.resolve("renamed.mv");
        try (EmbeddedStore store = EmbeddedStore.durable(file)) {
            var old = store.collection("old");
            old.createIndex(Indexes.ascending("tenantId"), new IndexOptions().name("tenant"));
            old.insertMany(List.of(new Document("tenantId", "a"), new Document("tenantId", "b")));
            old.renameCollection(new MongoNamespace(EmbeddedStore.DATABASE, "renamed"));

            assertThat(store.collection("renamed").countDocuments(eq("tenantId", "a"))).isEqualTo(1);
        }

        try (EmbeddedStore store = EmbeddedStore.durable(file)) {
            assertThat(store.collection("renamed").countDocuments(eq("tenantId", "a"))).isEqualTo(1);
            assertThat(store.indexFor("renamed", new Document("tenantId", "a"))).isEqualTo("tenant");
            assertThat(store.entriesOf("renamed", "tenant")).isEqualTo(2);
        }
    }

    @Test
    void concurrent_writers_and_readers_leave_the_index_matching_the_documents() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            var items = store.collection("items");
            items.createIndex(Indexes.ascending("tenantId", "state"), new IndexOptions().name("ts"));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String id = writer + "-" + i;
                        items.insertOne(new Document("_id", id).append("tenantId", "t-" + (i % 5)).append("state", "NEW"));
                        items.updateOne(eq("_id", id), Updates.set("state", i % 2 == 0 ? "DONE" : "NEW"));
                        if (i % 10 == 0) {
                            items.deleteOne(eq("_id", id));
                        }
                        items.countDocuments(and(eq("tenantId", "t-" + (i % 5)), eq("state", "DONE")));
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(store.entriesOf("items", "ts")).isEqualTo(4 * 180);
            assertThat(items.countDocuments(eq("state", "DONE"))).isEqualTo(4 * 80);
            assertThat(items.countDocuments(and(eq("tenantId", "t-0"), eq("state", "DONE"))))
                    .isEqualTo(items.countDocuments(new Document("state", "DONE").append("tenantId",
                            new Document("$regex", "^t-0$"))));
        }
    }

    @Test
    void non_unique_indexes_are_served_without_the_ignored_index_warning() {
        Logger databaseLog = (Logger) LoggerFactory.getLogger(AbstractMongoDatabase.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        databaseLog.addAppender(appender);
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            store.collection("quotes").createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "status"),
                    Indexes.descending("createdAt")));

            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(message -> message.contains("not yet implemented"));
        } finally {
            databaseLog.detachAppender(appender);
        }
    }
}
