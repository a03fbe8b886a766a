package org.uplift.tenancy.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

import org.uplift.tenancy.UnscopableOperationException;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;

/**
 * Confines a tenant-owned {@link MongoCollection} to the current tenant.
 * <p>
 * Sits below {@code MongoTemplate}, repositories, derived queries, aggregations and GridFS alike,
 * so no access style can bypass it. Operations it cannot confine are refused, never passed through.
 */
final class TenantScopedCollection implements InvocationHandler {

    private static final Set<String> FILTERED = Set.of("find", "countDocuments", "deleteOne", "deleteMany",
            "updateOne", "updateMany", "replaceOne", "findOneAndDelete", "findOneAndReplace",
            "findOneAndUpdate", "distinct");
    private static final Set<String> WRITES = Set.of("deleteOne", "deleteMany", "updateOne", "updateMany",
            "replaceOne", "findOneAndDelete", "findOneAndReplace", "findOneAndUpdate");
    private static final Set<String> REFUSED = Set.of("mapReduce", "watch");
    private static final Set<String> REWRAPPED = Set.of("withDocumentClass", "withCodecRegistry",
            "withReadPreference", "withWriteConcern", "withReadConcern", "withTimeout");

    private final MongoCollection<?> target;
    private final TenantFilter tenant;
    private final BulkWriteScoping bulk;

    private TenantScopedCollection(MongoCollection<?> target) {
        this.target = target;
        this.tenant = new TenantFilter(target.getNamespace().getCollectionName(), target.getCodecRegistry());
        this.bulk = new BulkWriteScoping(tenant);
    }

    @SuppressWarnings("unchecked")
    static <T> MongoCollection<T> wrap(MongoCollection<T> collection) {
        return (MongoCollection<T>) Proxy.newProxyInstance(TenantScopedCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, new TenantScopedCollection(collection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Object[] a = args == null ? new Object[0] : args.clone();
        if (REFUSED.contains(name)) {
            throw new UnscopableOperationException(target.getNamespace().getCollectionName(), name);
        }
        if (REWRAPPED.contains(name)) {
            return wrap((MongoCollection<?>) call(method, a));
        }
        Object result = switch (name) {
            case "estimatedDocumentCount" -> target.countDocuments(tenant.restrict(null));
            case "aggregate" -> call(method, restrictPipelineArg(a));
            case "insertOne" -> insertOne(method, a);
            case "insertMany" -> insertMany(method, a);
            case "bulkWrite" -> call(method, scopeBulk(a));
            default -> FILTERED.contains(name) ? callFiltered(method, a) : call(method, a);
        };
        // find(...).filter(other) replaces the filter (GridFS does exactly this): keep the tenant in it
        return TenantScopedIterable.wrapIfFilterable(result, tenant);
    }

    private Object insertOne(Method method, Object[] a) throws Throwable {
        int at = firstNonSession(a);
        if (isBson(a[at])) {
            return call(method, stampAt(a, at));
        }
        a[at] = tenant.stamp(toBson(a[at]));
        return call(target.withDocumentClass(BsonDocument.class), method, a);
    }

    private Object insertMany(Method method, Object[] a) throws Throwable {
        int at = firstNonSession(a);
        List<?> documents = (List<?>) a[at];
        if (documents.stream().allMatch(TenantScopedCollection::isBson)) {
            return call(method, stampList(a));
        }
        a[at] = documents.stream().map(d -> tenant.stamp(isBson(d) ? d : toBson(d))).toList();
        return call(target.withDocumentClass(BsonDocument.class), method, a);
    }

    private static boolean isBson(Object document) {
        return document instanceof Document || document instanceof BsonDocument;
    }

    /** A document of another class (e.g. GridFS's {@code GridFSFile}) as BSON, so it can carry the tenant. */
    @SuppressWarnings("unchecked")
    private BsonDocument toBson(Object document) {
        var bson = new BsonDocument();
        var codec = (Codec<Object>) target.getCodecRegistry().get(document.getClass());
        codec.encode(new BsonDocumentWriter(bson), document,
                EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        return bson;
    }

    private Object callFiltered(Method method, Object[] a) throws Throwable {
        int filterIndex = indexOf(method.getParameterTypes(), Bson.class);
        if (filterIndex < 0) {
            return callWithAddedFilter(method, a);
        }
        String name = method.getName();
        if (!WRITES.contains(name)) {
            a[filterIndex] = tenant.restrict((Bson) a[filterIndex]);
            return call(method, a);
        }
        String writeTenant = tenant.writeTenant((Bson) a[filterIndex]);
        a[filterIndex] = tenant.restrictWrite((Bson) a[filterIndex]);
        if (name.startsWith("update") || name.equals("findOneAndUpdate")) {
            tenant.guardUpdate(a[filterIndex + 1], writeTenant);
        } else if (name.equals("replaceOne") || name.equals("findOneAndReplace")) {
            tenant.stampFor(a[filterIndex + 1], writeTenant);
        }
        return call(method, a);
    }

    /** {@code find()} and friends without a filter: call the overload that takes one. */
    private Object callWithAddedFilter(Method method, Object[] a) throws Throwable {
        Class<?>[] types = method.getParameterTypes();
        int at = types.length > 0 && types[0] == ClientSession.class ? 1 : 0;
        Class<?>[] withFilter = new Class<?>[types.length + 1];
        Object[] argsWithFilter = new Object[a.length + 1];
        System.arraycopy(types, 0, withFilter, 0, at);
        System.arraycopy(a, 0, argsWithFilter, 0, at);
        withFilter[at] = Bson.class;
        argsWithFilter[at] = tenant.restrict(null);
        System.arraycopy(types, at, withFilter, at + 1, types.length - at);
        System.arraycopy(a, at, argsWithFilter, at + 1, a.length - at);
        if (method.getName().equals("distinct")) {
            // distinct(field, class) -> distinct(field, filter, class)
            withFilter = new Class<?>[] {types[0], Bson.class, types[1]};
            argsWithFilter = new Object[] {a[0], tenant.restrict(null), a[1]};
        }
        Method overload = MongoCollection.class.getMethod(method.getName(), withFilter);
        return call(overload, argsWithFilter);
    }

    private Object[] restrictPipelineArg(Object[] a) {
        int at = firstNonSession(a);
        a[at] = tenant.restrictPipeline((List<? extends Bson>) a[at]);
        return a;
    }

    private Object[] stampAt(Object[] a, int index) {
        tenant.stamp(a[index]);
        return a;
    }

    private Object[] stampList(Object[] a) {
        ((List<?>) a[firstNonSession(a)]).forEach(tenant::stamp);
        return a;
    }

    @SuppressWarnings("unchecked")
    private Object[] scopeBulk(Object[] a) {
        int at = firstNonSession(a);
        a[at] = bulk.scope((List<? extends WriteModel<Object>>) a[at]);
        return a;
    }

    private static int firstNonSession(Object[] a) {
        return a.length > 0 && a[0] instanceof ClientSession ? 1 : 0;
    }

    private static int indexOf(Class<?>[] types, Class<?> wanted) {
        return Arrays.asList(types).indexOf(wanted);
    }

    private Object call(Method method, Object[] a) throws Throwable {
        return call(target, method, a);
    }

    private static Object call(MongoCollection<?> on, Method method, Object[] a) throws Throwable {
        try {
            return method.invoke(on, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
