package org.uplift.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a GridFS bucket whose files belong to tenants: its {@code <bucket>.files} and
 * {@code <bucket>.chunks} collections are confined to the current tenant exactly like the collection
 * of a {@link TenantOwned} document (stamped on upload, filtered on find and download, guarded on
 * delete). Put it on the class that uses the bucket; it is found at start-up by the same scan.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TenantOwnedBucket {

    /** The bucket name, as given to {@code GridFSBuckets.create(database, name)}. */
    String value();
}
