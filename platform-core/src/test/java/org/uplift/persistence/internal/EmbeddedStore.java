package org.uplift.persistence.internal;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;

/** A server on the platform's backend (memory, or the durable file when given one) and a client talking to it. */
final class EmbeddedStore implements AutoCloseable {

    static final String DATABASE = "test";

    private final IndexedH2Backend backend;
    private final MongoServer server;
    private final MongoClient client;

    private EmbeddedStore(IndexedH2Backend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        var address = server.getLocalAddress();
        this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    static EmbeddedStore inMemory() {
        return new EmbeddedStore(IndexedH2Backend.memory());
    }

    static EmbeddedStore durable(Path file) {
        return new EmbeddedStore(new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).open()));
    }

    MongoDatabase database() {
        return client.getDatabase(DATABASE);
    }

    MongoCollection<Document> collection(String name) {
        return database().getCollection(name);
    }

    /** The server's side of a collection, to see which index a query is answered from. */
    IndexedH2Collection serverCollection(String name) {
        return (IndexedH2Collection) backend.resolveDatabase(DATABASE).resolveCollection(name, true);
    }

    /** The name of the index the server answers this filter from, or "scan". */
    String indexFor(String collection, Document filter) {
        Index<Object> index = serverCollection(collection).bestIndexFor(toServerDocument(filter));
        return index == null ? "scan" : index.getName();
    }

    long entriesOf(String collection, String indexName) {
        return serverCollection(collection).getIndexes().stream()
                .filter(index -> index.getName().equals(indexName))
                .findFirst().orElseThrow().getCount();
    }

    private static de.bwaldvogel.mongo.bson.Document toServerDocument(Document filter) {
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document();
        filter.forEach((key, value) -> document.put(key, toServerValue(value)));
        return document;
    }

    private static Object toServerValue(Object value) {
        if (value instanceof Document d) {
            return toServerDocument(d);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EmbeddedStore::toServerValue).toList();
        }
        if (value instanceof org.bson.types.ObjectId id) {
            return new de.bwaldvogel.mongo.bson.ObjectId(id.toByteArray());
        }
        return value instanceof Date date ? date.toInstant() : value;
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
