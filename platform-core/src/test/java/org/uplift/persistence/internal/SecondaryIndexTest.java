package org.uplift.persistence.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * The non-unique index against the query shapes the platform sends, on both backends it runs on: every answer is
 * the one a scan gives (the matcher still filters), and the index, not a scan, is what the server reads.
 */
class SecondaryIndexTest {

    private static final String INDEX = "tenant_status_started";

    @TempDir
    static Path dir;

    private EmbeddedStore store;

    static Stream<Function<Path, EmbeddedStore>> backends() {
        return Stream.of(
                named("memory", path -> EmbeddedStore.inMemory()),
                named("durable file", path -> EmbeddedStore.durable(path.resolve(System.nanoTime() + ".mv"))));
    }

    private static Function<Path, EmbeddedStore> named(String name, Function<Path, EmbeddedStore> factory) {
        return new Function<>() {
            @Override
            public EmbeddedStore apply(Path path) {
                return factory.apply(path);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private MongoCollection<Document> assessments(Function<Path, EmbeddedStore> backend) {
        store = backend.apply(dir);
        MongoCollection<Document> assessments = store.collection("assessments");
        assessments.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "status"),
                Indexes.descending("startedAt")), new IndexOptions().name(INDEX));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            documents.add(new Document("_id", "a-" + i).append("tenantId", "t-" + (i % 6))
                    .append("status", i % 2 == 0 ? "DRAFT" : "PUBLISHED").append("startedAt", new Date(i * 1000L)));
        }
        assessments.insertMany(documents);
        return assessments;
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void tenant_and_status_read_only_that_tenants_documents_of_that_status(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        Bson filter = and(eq("tenantId", "t-1"), eq("status", "PUBLISHED"));

        assertThat(ids(assessments.find(filter))).containsExactly("a-1", "a-13", "a-19", "a-25", "a-31", "a-37",
                "a-43", "a-49", "a-55", "a-7");
        assertThat(store.indexFor("assessments", new Document("tenantId", "t-1").append("status", "PUBLISHED")))
                .isEqualTo(INDEX);
        assertThat(store.serverCollection("assessments").getIndexes().stream()
                .filter(index -> index.getName().equals(INDEX)).findFirst().orElseThrow()
                .getPositions(new de.bwaldvogel.mongo.bson.Document("tenantId", "t-1")))
                .hasSize(10);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void tenant_with_a_range_and_a_sort_is_answered_in_order(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        var found = assessments.find(and(eq("tenantId", "t-2"), eq("status", "DRAFT"), gte("startedAt", new Date(20_000))))
                .sort(Sorts.descending("startedAt")).limit(3);

        assertThat(ids(found)).containsExactly("a-56", "a-50", "a-44");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void tenant_in_list_reads_each_listed_tenant(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        assertThat(ids(assessments.find(in("tenantId", "t-0", "t-5")))).hasSize(20)
                .allMatch(id -> Integer.parseInt(id.substring(2)) % 6 == 0 || Integer.parseInt(id.substring(2)) % 6 == 5);
        assertThat(store.indexFor("assessments", new Document("tenantId", new Document("$in", List.of("t-0", "t-5")))))
                .isEqualTo(INDEX);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void documents_missing_an_indexed_field_are_still_found_by_the_tenant(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);
        var unindexed = store.collection("unindexed");
        for (var collection : List.of(assessments, unindexed)) {
            collection.insertOne(new Document("_id", "no-status").append("tenantId", "t-1"));
            collection.insertOne(new Document("_id", "empty-status").append("tenantId", "t-1").append("status", List.of()));
            collection.insertOne(new Document("_id", "null-status").append("tenantId", "t-1").append("status", null));
        }

        assertThat(ids(assessments.find(eq("tenantId", "t-1")))).hasSize(13)
                .contains("no-status", "empty-status", "null-status");
        Bson statusNull = and(eq("tenantId", "t-1"), eq("status", null));
        assertThat(ids(assessments.find(statusNull))).contains("no-status", "null-status")
                .isEqualTo(ids(unindexed.find(statusNull)));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void array_fields_are_found_by_each_element(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);
        assessments.insertOne(new Document("_id", "tagged").append("tenantId", "t-1").append("status", List.of("X", "Y")));

        assertThat(ids(assessments.find(and(eq("tenantId", "t-1"), eq("status", "Y"))))).containsExactly("tagged");
        assertThat(ids(assessments.find(and(eq("tenantId", "t-1"), eq("status", List.of("X", "Y"))))))
                .containsExactly("tagged");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void numbers_of_different_types_are_one_key(Function<Path, EmbeddedStore> backend) {
        store = backend.apply(dir);
        var counters = store.collection("counters");
        counters.createIndex(Indexes.ascending("tenantId", "n"));
        counters.insertMany(List.of(new Document("_id", 1).append("tenantId", "t").append("n", 1),
                new Document("_id", 2).append("tenantId", "t").append("n", 1L),
                new Document("_id", 3).append("tenantId", "t").append("n", 1.0),
                new Document("_id", 4).append("tenantId", "t").append("n", 1.5)));

        assertThat(counters.countDocuments(and(eq("tenantId", "t"), eq("n", 1)))).isEqualTo(3);
        assertThat(counters.countDocuments(and(eq("tenantId", "t"), eq("n", 1.5)))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void an_update_that_changes_the_indexed_field_moves_the_document(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        assessments.updateOne(eq("_id", "a-1"), Updates.set("status", "DRAFT"));
        assessments.updateOne(eq("_id", "a-7"), Updates.set("tenantId", "t-9"));
        assessments.replaceOne(eq("_id", "a-13"), new Document("tenantId", "t-9").append("status", "PUBLISHED"));

        assertThat(ids(assessments.find(and(eq("tenantId", "t-1"), eq("status", "PUBLISHED"))))).hasSize(7)
                .doesNotContain("a-1", "a-7", "a-13");
        assertThat(ids(assessments.find(and(eq("tenantId", "t-1"), eq("status", "DRAFT"))))).contains("a-1");
        assertThat(ids(assessments.find(eq("tenantId", "t-9")))).containsExactly("a-13", "a-7");
        assertThat(store.entriesOf("assessments", INDEX)).isEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void a_multi_update_selected_through_the_index_updates_every_match(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        var result = assessments.updateMany(and(eq("tenantId", "t-3"), eq("status", "PUBLISHED")),
                Updates.set("status", "ARCHIVED"));

        assertThat(result.getModifiedCount()).isEqualTo(10);
        assertThat(assessments.countDocuments(and(eq("tenantId", "t-3"), eq("status", "ARCHIVED")))).isEqualTo(10);
        assertThat(assessments.countDocuments(and(eq("tenantId", "t-3"), eq("status", "PUBLISHED")))).isZero();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void deleted_documents_leave_the_index(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        assessments.deleteMany(eq("tenantId", "t-4"));
        assessments.findOneAndDelete(and(eq("tenantId", "t-5"), eq("status", "PUBLISHED")));

        assertThat(assessments.countDocuments(eq("tenantId", "t-4"))).isZero();
        assertThat(assessments.countDocuments(eq("tenantId", "t-5"))).isEqualTo(9);
        assertThat(store.entriesOf("assessments", INDEX)).isEqualTo(49);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void queries_the_index_cannot_narrow_are_scanned_with_the_same_answer(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        Document byStatusOnly = new Document("status", "DRAFT");
        Document eitherTenant = new Document("$or", List.of(new Document("tenantId", "t-1"), new Document("tenantId", "t-2")));

        assertThat(store.indexFor("assessments", byStatusOnly)).isEqualTo("scan");
        assertThat(store.indexFor("assessments", eitherTenant)).isEqualTo("scan");
        assertThat(assessments.countDocuments(byStatusOnly)).isEqualTo(30);
        assertThat(assessments.countDocuments(or(eq("tenantId", "t-1"), eq("tenantId", "t-2")))).isEqualTo(20);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void the_index_fixing_most_leading_fields_is_chosen_and_an_exact_unique_one_first(
            Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);
        for (int i = 0; i < 60; i++) {
            assessments.updateOne(eq("_id", "a-" + i), Updates.set("code", "a-" + i));
        }
        assessments.createIndex(Indexes.ascending("tenantId"), new IndexOptions().name("tenant"));
        assessments.createIndex(Indexes.ascending("tenantId", "code"), new IndexOptions().name("code").unique(true));

        assertThat(store.indexFor("assessments", new Document("tenantId", "t-1").append("status", "DRAFT")))
                .isEqualTo(INDEX);
        assertThat(store.indexFor("assessments", new Document("tenantId", "t-1").append("code", "a-1")))
                .isEqualTo("code");
        assertThat(store.indexFor("assessments", new Document("$and", List.of(new Document("tenantId", "t-1"),
                new Document("status", new Document("$eq", "DRAFT")))))).isEqualTo(INDEX);
        assertThat(ids(assessments.find(and(eq("tenantId", "t-1"), eq("code", "a-1"))))).containsExactly("a-1");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void a_dropped_index_is_no_longer_consulted_and_a_recreated_one_is_complete(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        assessments.dropIndex(INDEX);
        assertThat(store.indexFor("assessments", new Document("tenantId", "t-1"))).isEqualTo("scan");
        assertThat(assessments.countDocuments(eq("tenantId", "t-1"))).isEqualTo(10);

        assessments.createIndex(Indexes.ascending("tenantId", "status"), new IndexOptions().name("again"));
        assertThat(store.entriesOf("assessments", "again")).isEqualTo(60);
        assertThat(assessments.countDocuments(eq("tenantId", "t-1"))).isEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void a_dropped_collection_starts_empty_with_its_new_indexes(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);

        assessments.drop();
        assessments.createIndex(Indexes.ascending("tenantId"), new IndexOptions().name("tenant"));
        assessments.insertOne(new Document("_id", "new").append("tenantId", "t-1"));

        assertThat(ids(assessments.find(eq("tenantId", "t-1")))).containsExactly("new");
        assertThat(store.entriesOf("assessments", "tenant")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aggregations_with_a_leading_match_answer_as_over_the_whole_collection(Function<Path, EmbeddedStore> backend) {
        var assessments = assessments(backend);
        var unindexed = store.collection("unindexed");
        assessments.find().forEach(unindexed::insertOne);
        List<Bson> pipeline = List.of(Aggregates.match(eq("tenantId", "t-2")),
                Aggregates.group("$status", Accumulators.sum("n", 1)), Aggregates.sort(Sorts.ascending("_id")));

        assertThat(assessments.aggregate(pipeline).into(new ArrayList<>()))
                .isEqualTo(unindexed.aggregate(pipeline).into(new ArrayList<>()))
                .containsExactly(new Document("_id", "DRAFT").append("n", 10));
        assertThat(assessments.countDocuments(and(eq("tenantId", "t-2"), eq("status", "DRAFT")))).isEqualTo(10);
    }
}
