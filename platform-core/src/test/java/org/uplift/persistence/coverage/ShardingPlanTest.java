package org.uplift.persistence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.util.ClassUtils;
import org.uplift.tenancy.TenantOwned;
import org.uplift.tenancy.internal.TenantOwnedCollections;

/** The sharding plan in docs/architecture.md names every collection and fits the unique indexes declared. */
class ShardingPlanTest {

    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");
    private static final Pattern NAME = Pattern.compile("`([a-z_.]+)`");
    private static final MongoMappingContext MAPPING = mapping();

    /** Collection to shard key; an empty key: unsharded. */
    private static Map<String, Map<String, Integer>> plan;

    @BeforeAll
    static void readThePlan() throws IOException {
        plan = new LinkedHashMap<>();
        String text = Files.readString(ARCHITECTURE);
        String section = text.substring(text.indexOf("**Sharding plan**"));
        section = section.substring(0, section.indexOf("\n## "));
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = line.split("\\|");
            Map<String, Integer> key = cells[2].trim().equals("unsharded") ? Map.of()
                    : DeclaredIndex.of("", Document.parse(cells[2].trim().replace("`", "")), false).keys();
            Matcher names = NAME.matcher(cells[1]);
            while (names.find()) {
                plan.put(names.group(1), key);
            }
        }
    }

    @Test
    void every_collection_of_a_document_class_or_tenant_owned_bucket_is_in_the_plan() {
        Set<String> collections = new HashSet<>(tenantOwned());
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(org.springframework.data.mongodb.core.mapping.Document.class));
        scanner.findCandidateComponents("org.uplift").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader()))
                .filter(type -> !isTestCode(type))
                .forEach(type -> collections.add(MAPPING.getRequiredPersistentEntity(type).getCollection()));

        assertThat(collections).as("collections missing from the sharding plan table in docs/architecture.md "
                + "(add a row: {tenantId: 1, _id: 1} for a tenant-owned collection without a unique key)")
                .allSatisfy(collection -> assertThat(plan).containsKey(collection));
    }

    @Test
    void every_unique_index_starts_with_the_whole_shard_key_of_its_collection() {
        List<String> conflicts = new ArrayList<>();
        for (DeclaredIndex index : DeclaredIndexes.onDocuments("org.uplift", MAPPING)) {
            Map<String, Integer> key = plan.getOrDefault(index.collection(), Map.of());
            List<String> fields = index.fields();
            if (index.unique() && !key.isEmpty() && (fields.size() < key.size()
                    || !new HashSet<>(fields.subList(0, key.size())).equals(key.keySet()))) {
                conflicts.add(index.collection() + " " + index + " does not start with the shard key " + key
                        + ": shard it on a prefix of the index or keep it unsharded");
            }
        }
        assertThat(conflicts).isEmpty();
    }

    @Test
    void a_sharded_tenant_owned_collection_is_sharded_by_tenant_first() {
        assertThat(tenantOwned())
                .filteredOn(collection -> !plan.getOrDefault(collection, Map.of()).isEmpty())
                .filteredOn(collection -> !collection.endsWith(".chunks"))
                .allSatisfy(collection -> assertThat(plan.get(collection).keySet().iterator().next())
                        .as(collection).isEqualTo(TenantOwned.FIELD));
    }

    /** As Boot configures it: {@code Instant} and the other types with converters are simple values. */
    private static MongoMappingContext mapping() {
        var mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
        return mapping;
    }

    /** Without the tenancy mechanism's own test collections ({@code test_*}). */
    private static List<String> tenantOwned() {
        return TenantOwnedCollections.scan("org.uplift", MAPPING).names().stream()
                .filter(collection -> !collection.startsWith("test_")).toList();
    }

    private static boolean isTestCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("/test-classes/");
    }
}
