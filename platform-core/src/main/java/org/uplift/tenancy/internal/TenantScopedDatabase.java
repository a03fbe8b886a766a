package org.uplift.tenancy.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** Hands out tenant-scoped collections for the collections of {@code @TenantOwned} documents. */
final class TenantScopedDatabase implements InvocationHandler {

    private final MongoDatabase target;
    private final TenantOwnedCollections owned;

    private TenantScopedDatabase(MongoDatabase target, TenantOwnedCollections owned) {
        this.target = target;
        this.owned = owned;
    }

    static MongoDatabase wrap(MongoDatabase database, TenantOwnedCollections owned) {
        return (MongoDatabase) Proxy.newProxyInstance(TenantScopedDatabase.class.getClassLoader(),
                new Class<?>[] {MongoDatabase.class}, new TenantScopedDatabase(database, owned));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof MongoCollection<?> collection
                && owned.contains(collection.getNamespace().getCollectionName())) {
            return TenantScopedCollection.wrap(collection);
        }
        if (result instanceof MongoDatabase database) {
            return wrap(database, owned);
        }
        return result;
    }
}
