package org.uplift.tenancy;

/**
 * Thrown for a database operation the tenant scoping cannot confine to one tenant: an aggregation stage
 * that reads or writes another collection, an update that removes or renames the tenant field, or a
 * write inside {@link CrossTenantAccess} that does not name the one tenant it is for.
 */
public class UnscopableOperationException extends UnsupportedOperationException {
    public UnscopableOperationException(String collection, String what) {
        super("Refusing on tenant-owned collection '" + collection + "': " + what);
    }
}
