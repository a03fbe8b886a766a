package org.uplift.persistence.internal;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A compound unique index that also narrows queries fixing only its leading fields: GridFS reads a file's chunks
 * by {@code files_id} from the unique {@code {files_id, n}}, a tenant's memberships come from the unique
 * {@code {tenantId, userId}}. The stored unique index keeps the constraint and answers exact look-ups; a
 * {@link SecondaryIndex} over the same keys, in memory and filled when the collection opens, answers prefixes.
 */
final class UniquePrefixIndex extends Index<Object> implements PrefixIndex {

    private final AbstractUniqueIndex<Object> unique;
    private final SecondaryIndex<Object> prefixes;

    UniquePrefixIndex(AbstractUniqueIndex<Object> unique, SecondaryIndex<Object> prefixes, boolean sparse) {
        super(unique.getName(), unique.getKeys(), sparse);
        this.unique = unique;
        this.prefixes = prefixes;
    }

    /** Whether the stored unique index answers the query by itself (it gives every field). */
    boolean isExactFor(Document query) {
        return unique.canHandle(query);
    }

    /** The in-memory part, empty until the collection fills it from its documents. */
    SecondaryIndex<Object> prefixes() {
        return prefixes;
    }

    @Override
    public int servableFields(Document query) {
        return prefixes.servableFields(query);
    }

    @Override
    public boolean canHandle(Document query) {
        return isExactFor(query) || servableFields(query) > 0;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return isExactFor(query) ? unique.getPositions(query) : prefixes.getPositions(query);
    }

    @Override
    public Object getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        unique.add(document, position, collection);
        prefixes.add(document, position, collection);
    }

    @Override
    public Object remove(Document document) {
        Object position = unique.remove(document);
        prefixes.remove(document);
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
        prefixes.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public boolean isEmpty() {
        return unique.isEmpty();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public void drop() {
        unique.drop();
        prefixes.drop();
    }
}
