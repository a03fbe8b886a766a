package org.uplift.marketplace.solution;

import java.time.Instant;

/**
 * A provider's package published once, as {@link SolutionPackages#publish} leaves it: the provider's working copy
 * and its first immutable version. In this package for the package-private constructor and transition.
 */
public final class GeneratedPackages {

    private GeneratedPackages() {
    }

    public record Published(SolutionPackage workingCopy, PublishedSolution version) {
    }

    public static Published publish(String packageId, String providerTenantId, String providerName, String userId,
            PackageContent content, Instant createdAt, Instant publishedAt) {
        SolutionPackage pkg = new SolutionPackage(content, userId, createdAt);
        set(pkg, "id", packageId);
        set(pkg, "tenantId", providerTenantId);
        set(pkg, "version", 1L);
        PublishedSolution version = pkg.publish(providerName, userId, publishedAt);
        return new Published(pkg, version);
    }

    private static void set(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
