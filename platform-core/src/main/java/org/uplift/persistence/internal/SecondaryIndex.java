package org.uplift.persistence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique (compound) index for mongo-java-server: many positions per key, consulted for queries that give
 * equality (or {@code $in}) on its leading field(s).
 * <p>
 * mongo-java-server 1.47 accepts non-unique indexes and ignores them, so every query that is not an exact match on
 * a unique index scans the collection. This index answers the candidate positions of a query from its leading
 * equality fields ({@link EqualityPrefix}); the collection still runs its matcher over them, so the index only has
 * to return a superset of the matching documents. It never returns fewer: it indexes every document (a partial
 * filter is ignored, arrays are indexed by element, an empty array or a missing field under {@code null}), and it
 * declines fields whose query value could match something other than an equal key (null, arrays, documents,
 * regular expressions).
 * <p>
 * It lives in memory, as a sorted map from key to positions, and is rebuilt from the documents when the collection
 * is opened (the collection fills an empty index), so it can never disagree with what the store committed.
 * Thread-safe by its own lock, as {@code AbstractUniqueIndex} is; the collection serialises writes anyway.
 *
 * @param <P> the collection's position type
 */
final class SecondaryIndex<P> extends Index<P> implements PrefixIndex {

    private final Function<Document, P> positionOf;
    private final Comparator<? super P> positionOrder;
    private final NavigableMap<KeyValue, Set<P>> positionsByKey = new TreeMap<>(SecondaryIndex::compareKeys);
    private long entries;

    /**
     * @param positionOf    the position of a stored document (its key in the collection's map)
     * @param positionOrder the collection's natural order, in which candidates are returned
     */
    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse, Function<Document, P> positionOf,
                   Comparator<? super P> positionOrder) {
        super(name, keys, sparse);
        this.positionOf = positionOf;
        this.positionOrder = positionOrder;
    }

    @Override
    public synchronized int servableFields(Document query) {
        return EqualityPrefix.of(query, keys()).size();
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return servableFields(query) > 0;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Set<P> positions = new TreeSet<>(positionOrder);
        for (KeyValue prefix : EqualityPrefix.of(query, keys()).combinations()) {
            for (Map.Entry<KeyValue, Set<P>> entry : positionsByKey.tailMap(prefix, true).entrySet()) {
                if (!startsWith(entry.getKey(), prefix)) {
                    break;
                }
                positions.addAll(entry.getValue());
            }
        }
        return new ArrayList<>(positions);
    }

    @Override
    public P getPosition(Document document) {
        // Several documents share a key: the collection finds a document's position through its unique indexes.
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: nothing to check
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        if (isSparse() && hasNoValueForKeys(document)) {
            return;
        }
        for (KeyValue key : IndexKeys.of(document, keys())) {
            if (positionsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(position)) {
                entries++;
            }
        }
    }

    @Override
    public synchronized P remove(Document document) {
        if (isSparse() && hasNoValueForKeys(document)) {
            return null;
        }
        P position = positionOf.apply(document);
        removeKeys(document, position);
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: nothing to check
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        Set<KeyValue> oldKeys = IndexKeys.of(oldDocument, keys());
        Set<KeyValue> newKeys = IndexKeys.of(newDocument, keys());
        if (oldKeys.equals(newKeys)) {
            return;
        }
        removeKeys(oldDocument, position);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized long getCount() {
        return entries;
    }

    @Override
    public synchronized boolean isEmpty() {
        return positionsByKey.isEmpty();
    }

    @Override
    public synchronized long getDataSize() {
        return entries;
    }

    @Override
    public synchronized void drop() {
        positionsByKey.clear();
        entries = 0;
    }

    private void removeKeys(Document document, P position) {
        if (isSparse() && hasNoValueForKeys(document)) {
            return;
        }
        for (KeyValue key : IndexKeys.of(document, keys())) {
            Set<P> positions = positionsByKey.get(key);
            if (positions != null && positions.remove(position)) {
                entries--;
                if (positions.isEmpty()) {
                    positionsByKey.remove(key);
                }
            }
        }
    }

    private boolean hasNoValueForKeys(Document document) {
        return IndexKeys.hasNoValueFor(document, keys());
    }

    private static boolean startsWith(KeyValue key, KeyValue prefix) {
        if (key.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (IndexKeys.compare(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Element by element in MongoDB's order; a prefix sorts before its extensions, so a prefix starts its range. */
    static int compareKeys(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = IndexKeys.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
