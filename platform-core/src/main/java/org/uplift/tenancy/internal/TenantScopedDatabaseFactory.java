package org.uplift.tenancy.internal;

import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;

/** Wraps the application's {@link MongoDatabaseFactory} so every database it hands out is tenant-scoped. */
final class TenantScopedDatabaseFactory implements MongoDatabaseFactory {

    private final MongoDatabaseFactory target;
    private final TenantOwnedCollections owned;

    TenantScopedDatabaseFactory(MongoDatabaseFactory target, TenantOwnedCollections owned) {
        this.target = target;
        this.owned = owned;
    }

    @Override
    public MongoDatabase getMongoDatabase() {
        return TenantScopedDatabase.wrap(target.getMongoDatabase(), owned);
    }

    @Override
    public MongoDatabase getMongoDatabase(String dbName) {
        return TenantScopedDatabase.wrap(target.getMongoDatabase(dbName), owned);
    }

    @Override
    public PersistenceExceptionTranslator getExceptionTranslator() {
        return target.getExceptionTranslator();
    }

    @Override
    public ClientSession getSession(ClientSessionOptions options) {
        return target.getSession(options);
    }

    @Override
    public MongoDatabaseFactory withSession(ClientSession session) {
        return new TenantScopedDatabaseFactory(target.withSession(session), owned);
    }

    @Override
    public boolean isTransactionActive() {
        return target.isTransactionActive();
    }
}
