package org.uplift.tenancy;

/** Thrown when a write would place a document in a tenant other than the current one. */
public class TenantMismatchException extends IllegalStateException {
    public TenantMismatchException(String collection, Object documentTenant, String currentTenant) {
        super("Refusing to write a document of tenant '" + documentTenant + "' into '" + collection
                + "' as tenant '" + currentTenant + "'");
    }
}
