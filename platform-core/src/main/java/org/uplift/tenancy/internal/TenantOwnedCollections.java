package org.uplift.tenancy.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.util.ClassUtils;
import org.uplift.tenancy.TenantOwned;
import org.uplift.tenancy.TenantOwnedBucket;

/**
 * The names of the tenant-owned collections, found once at start-up: those of {@code @TenantOwned}
 * documents and the two collections of every {@code @TenantOwnedBucket} GridFS bucket.
 */
public final class TenantOwnedCollections {

    private final Set<String> names;

    private TenantOwnedCollections(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static TenantOwnedCollections scan(String basePackage, MongoMappingContext mapping) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(TenantOwned.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(TenantOwnedBucket.class));
        Set<String> names = new HashSet<>();
        scanner.findCandidateComponents(basePackage).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        TenantOwnedCollections.class.getClassLoader()))
                .forEach(type -> {
                    if (type.isAnnotationPresent(TenantOwned.class)) {
                        names.add(mapping.getRequiredPersistentEntity(type).getCollection());
                    }
                    TenantOwnedBucket bucket = type.getAnnotation(TenantOwnedBucket.class);
                    if (bucket != null) {
                        names.addAll(bucketCollections(bucket.value()));
                    }
                });
        return new TenantOwnedCollections(names);
    }

    /** The collections GridFS keeps a bucket in. */
    public static List<String> bucketCollections(String bucket) {
        return List.of(bucket + ".files", bucket + ".chunks");
    }

    public boolean contains(String collection) {
        return names.contains(collection);
    }

    public Set<String> names() {
        return names;
    }
}
