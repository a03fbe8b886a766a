package org.uplift.persistence.internal;

import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that answers a query from its best index: an exact unique index first (as the stock
 * collection does), otherwise the {@link PrefixIndex} fixing the most leading fields, otherwise a scan. The stock
 * collection takes the first index that can handle the query, which with several non-unique indexes is not
 * necessarily the narrowest.
 */
final class IndexedH2Collection extends H2Collection {

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Index<Object> index = isNaturalDescending(orderBy) ? null : bestIndexFor(query);
        if (index == null) {
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, index.getPositions(query), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    public Stream<Document> queryAllAsStream() {
        Document leadingMatch = LeadingMatch.take(getFullName());
        return leadingMatch == null ? super.queryAllAsStream() : handleQueryAsStream(leadingMatch);
    }

    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
        // A stored unique index is not refilled when the file is opened, so its in-memory part is filled here.
        if (index instanceof UniquePrefixIndex compound && getIndexes().contains(compound)
                && compound.prefixes().isEmpty()) {
            streamAllDocumentsWithPosition().forEach(document -> compound.prefixes()
                    .add(document.getDocument(), document.getPosition(), this));
        }
    }

    /** The index a query is answered from, {@code null} for a scan. */
    Index<Object> bestIndexFor(Document query) {
        Index<Object> best = null;
        int bestFields = 0;
        for (Index<Object> index : getIndexes()) {
            if (isExactUnique(index, query)) {
                return index;
            }
            if (index instanceof PrefixIndex prefix) {
                int fields = prefix.servableFields(query);
                if (fields > bestFields) {
                    best = index;
                    bestFields = fields;
                }
            }
        }
        return best;
    }

    private static boolean isExactUnique(Index<Object> index, Document query) {
        if (index instanceof UniquePrefixIndex compound) {
            return compound.isExactFor(query);
        }
        return index.isUnique() && index.canHandle(query);
    }
}
