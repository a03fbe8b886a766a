package org.uplift.tenancy.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.util.ClassUtils;
import org.uplift.tenancy.TenantOwned;

/** The names of the collections that hold {@code @TenantOwned} documents, found once at start-up. */
public final class TenantOwnedCollections {

    private final Set<String> names;

    private TenantOwnedCollections(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static TenantOwnedCollections scan(String basePackage, MongoMappingContext mapping) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(TenantOwned.class));
        Set<String> names = scanner.findCandidateComponents(basePackage).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        TenantOwnedCollections.class.getClassLoader()))
                .map(type -> mapping.getRequiredPersistentEntity(type).getCollection())
                .collect(Collectors.toSet());
        return new TenantOwnedCollections(names);
    }

    public boolean contains(String collection) {
        return names.contains(collection);
    }

    public Set<String> names() {
        return names;
    }
}
