package org.uplift.benchmarks.city;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;

/**
 * Buffers documents per collection and writes them with {@code insertMany} in batches, below the tenancy layer
 * (the raw database): each tenant-owned document already carries its {@code tenantId}, set on the entity as
 * {@code TenantStamping} would, and the converter writes it like any other field.
 */
final class BulkWriter {

    private final MongoDatabase database;
    private final MongoConverter converter;
    private final int batchSize;
    private final Map<String, List<Document>> buffers = new LinkedHashMap<>();
    private final Map<String, Long> written = new TreeMap<>();

    BulkWriter(MongoDatabase database, MongoConverter converter, int batchSize) {
        this.database = database;
        this.converter = converter;
        this.batchSize = batchSize;
    }

    /** An entity of the platform, converted as {@code MongoTemplate.insert} converts it, into its collection. */
    void entity(Object entity) {
        MongoPersistentEntity<?> mapped = converter.getMappingContext().getRequiredPersistentEntity(entity.getClass());
        Document document = new Document();
        converter.write(entity, document);
        document(mapped.getCollection(), document);
    }

    void document(String collection, Document document) {
        List<Document> buffer = buffers.computeIfAbsent(collection, c -> new ArrayList<>());
        buffer.add(document);
        if (buffer.size() >= batchSize) {
            flush(collection, buffer);
        }
    }

    void flushAll() {
        buffers.forEach(this::flush);
    }

    Map<String, Long> written() {
        return written;
    }

    long total() {
        return written.values().stream().mapToLong(Long::longValue).sum();
    }

    private void flush(String collection, List<Document> buffer) {
        if (buffer.isEmpty()) {
            return;
        }
        database.getCollection(collection).insertMany(new ArrayList<>(buffer), new InsertManyOptions().ordered(true));
        written.merge(collection, (long) buffer.size(), Long::sum);
        buffer.clear();
    }
}
