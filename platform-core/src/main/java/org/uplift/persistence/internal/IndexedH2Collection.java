package org.uplift.persistence.internal;

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
 * collection does), otherwise the {@link SecondaryIndex} fixing the most leading fields, otherwise a scan. The stock
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

    /** The index a query is answered from, {@code null} for a scan. */
    Index<Object> bestIndexFor(Document query) {
        Index<Object> best = null;
        int bestFields = 0;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex<Object> secondary) {
                int fields = secondary.servableFields(query);
                if (fields > bestFields) {
                    best = secondary;
                    bestFields = fields;
                }
            } else if (index.isUnique() && index.canHandle(query)) {
                return index;
            }
        }
        return best;
    }
}
