package org.uplift.persistence.internal;

import java.util.List;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.Channel;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Constants;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * mongo-java-server's {@code H2Database} with real non-unique indexes: the same maps in the same MVStore (a file
 * written by the stock backend opens unchanged, and the other way round), its collections {@link IndexedH2Collection}s,
 * its non-unique indexes {@link SecondaryIndex}es kept in memory and rebuilt when the database opens, its compound
 * unique indexes {@link UniquePrefixIndex}es (which also narrow queries on their leading fields), and an
 * aggregation's leading {@code $match} served from them ({@link LeadingMatch}).
 * <p>
 * A copy rather than a subclass because the stock class keeps its store private and opens its collections from its
 * constructor, before a subclass could hold the store itself.
 */
final class IndexedH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    private static final Logger log = LoggerFactory.getLogger(IndexedH2Database.class);

    private static final String META_PREFIX = "meta.";
    static final String DATABASES_PREFIX = "databases.";

    private final MVStore mvStore;

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.mvStore = mvStore;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVMap<KeyValue, Object> mvMap = mvStore.openMap(mapNameForIndex(collectionName, indexName));
        StoredUniqueIndex unique = new StoredUniqueIndex(mvMap, indexName, keys, sparse);
        if (keys.size() == 1) {
            return unique;
        }
        return new UniquePrefixIndex(unique, secondaryIndex(indexName, keys, sparse), sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        log.debug("adding non-unique index {} {} for collection {}", indexName, keys, collectionName);
        return secondaryIndex(indexName, keys, sparse);
    }

    private static SecondaryIndex<Object> secondaryIndex(String indexName, List<IndexKey> keys, boolean sparse) {
        // An H2 collection's position is the document's _id, the key of its data map.
        return new SecondaryIndex<>(indexName, keys, sparse, document -> document.get(Constants.ID_FIELD),
                ValueComparator.asc());
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                  Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collectionName) {
            return LeadingMatch.during(getFullCollectionNamespace(collectionName), query,
                    () -> super.handleCommand(channel, command, query, databaseResolver, oplog));
        }
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = mapNameForIndex(collection.getCollectionName(), indexName);
        if (mvStore.hasMap(name)) {
            log.debug("Removing map '{}'", name);
            mvStore.removeMap(name);
        }
    }

    private String mapNameForIndex(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        List<MVMap<?, ?>> maps = mvStore.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".")
                        || name.startsWith(DATABASES_PREFIX + databaseName)
                        || name.startsWith(META_PREFIX + databaseName))
                .<MVMap<?, ?>>map(mvStore::openMap)
                .toList();
        for (MVMap<?, ?> map : maps) {
            mvStore.removeMap(map);
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DATABASES_PREFIX + fullCollectionName);
        MVMap<String, Object> metaMap = mvStore.openMap(META_PREFIX + fullCollectionName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = mvStore.getFileStore();
        return fileStore != null ? fileStore.size() : 0;
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        mvStore.removeMap(mvStore.openMap(DATABASES_PREFIX + fullCollectionName));
        mvStore.removeMap(mvStore.openMap(META_PREFIX + fullCollectionName));
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        // The stock database reads the old name after the move, when it already is the new one, and so leaves the
        // documents in maps the file no longer names: read it first.
        String fullCollectionName = collection.getFullName();
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String newFullName = getFullCollectionNamespace(newCollectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DATABASES_PREFIX + fullCollectionName);
        MVMap<String, Object> metaMap = mvStore.openMap(META_PREFIX + fullCollectionName);
        mvStore.renameMap(dataMap, DATABASES_PREFIX + newFullName);
        mvStore.renameMap(metaMap, META_PREFIX + newFullName);
    }
}
