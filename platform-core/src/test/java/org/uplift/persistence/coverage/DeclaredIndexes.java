package org.uplift.persistence.coverage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver.IndexDefinitionHolder;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.util.ClassUtils;

/** The indexes the platform's {@code @Document} classes declare ({@code @Indexed}, {@code @CompoundIndex}, ...). */
final class DeclaredIndexes {

    private DeclaredIndexes() {
    }

    static List<DeclaredIndex> onDocuments(String basePackage, MongoMappingContext mapping) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Document.class));
        IndexResolver resolver = IndexResolver.create(mapping);
        List<DeclaredIndex> indexes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), DeclaredIndexes.class.getClassLoader());
            String collection = mapping.getRequiredPersistentEntity(type).getCollection();
            for (IndexDefinition index : resolver.resolveIndexFor(type)) {
                String on = index instanceof IndexDefinitionHolder holder ? holder.getCollection() : collection;
                indexes.add(DeclaredIndex.of(on, index.getIndexKeys(),
                        Boolean.TRUE.equals(index.getIndexOptions().get("unique"))));
            }
        }
        return indexes;
    }
}
