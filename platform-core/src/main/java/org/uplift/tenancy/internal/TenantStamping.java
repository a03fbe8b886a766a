package org.uplift.tenancy.internal;

import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.util.ReflectionUtils;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantOwned;

/**
 * Fills in the {@code tenantId} field of a tenant-owned entity before it is written, so the object in
 * memory says what the database will hold. The collection guard enforces it either way.
 */
final class TenantStamping implements BeforeConvertCallback<Object> {

    @Override
    public Object onBeforeConvert(Object entity, String collection) {
        if (!entity.getClass().isAnnotationPresent(TenantOwned.class)) {
            return entity;
        }
        var field = ReflectionUtils.findField(entity.getClass(), TenantOwned.FIELD);
        if (field == null) {
            throw new IllegalStateException(entity.getClass() + " is @TenantOwned but has no tenantId field");
        }
        ReflectionUtils.makeAccessible(field);
        if (ReflectionUtils.getField(field, entity) == null) {
            TenantContext.current().ifPresent(tenant -> ReflectionUtils.setField(field, entity, tenant));
        }
        return entity;
    }
}
