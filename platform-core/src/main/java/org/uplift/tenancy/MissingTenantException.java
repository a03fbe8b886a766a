package org.uplift.tenancy;

/** Thrown when tenant-owned data is touched without a current tenant. */
public class MissingTenantException extends IllegalStateException {
    public MissingTenantException(String collection) {
        super("No current tenant: refusing to access tenant-owned collection '" + collection + "'");
    }
}
