package org.uplift.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a MongoDB document class whose every document belongs to exactly one tenant.
 * <p>
 * Its collection is confined to the current tenant on every read and write; the class keeps a
 * {@code tenantId} field that the platform fills in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantOwned {
    /** The field that holds the owning tenant's id. */
    String FIELD = "tenantId";
}
