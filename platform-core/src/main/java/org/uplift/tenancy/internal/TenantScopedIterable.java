package org.uplift.tenancy.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.bson.conversions.Bson;

import com.mongodb.client.DistinctIterable;
import com.mongodb.client.FindIterable;

/**
 * A find or distinct result of a tenant-owned collection whose {@code filter(...)} keeps the tenant:
 * {@code collection.find().filter(other)} would otherwise replace the tenant filter the collection added.
 */
final class TenantScopedIterable implements InvocationHandler {

    private final Object target;
    private final TenantFilter tenant;

    private TenantScopedIterable(Object target, TenantFilter tenant) {
        this.target = target;
        this.tenant = tenant;
    }

    static Object wrapIfFilterable(Object result, TenantFilter tenant) {
        Class<?> type = result instanceof FindIterable<?> ? FindIterable.class
                : result instanceof DistinctIterable<?> ? DistinctIterable.class : null;
        if (type == null || Proxy.isProxyClass(result.getClass())
                && Proxy.getInvocationHandler(result) instanceof TenantScopedIterable) {
            return result;
        }
        return Proxy.newProxyInstance(TenantScopedIterable.class.getClassLoader(), new Class<?>[] {type},
                new TenantScopedIterable(result, tenant));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] a = args == null ? new Object[0] : args.clone();
        if (method.getName().equals("filter") && a.length == 1) {
            a[0] = tenant.restrict((Bson) a[0]);
        }
        Object result;
        try {
            result = method.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return result == target ? proxy : wrapIfFilterable(result, tenant);
    }
}
