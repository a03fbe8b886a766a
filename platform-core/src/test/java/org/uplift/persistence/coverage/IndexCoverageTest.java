package org.uplift.persistence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class IndexCoverageTest {

    private static final Operator EQ = Operator.EQUALITY;

    private final IndexCoverage coverage = new IndexCoverage(List.of(
            DeclaredIndex.of("quotes", Document.parse("{tenantId: 1, status: 1, createdAt: -1}"), false),
            DeclaredIndex.of("users", Document.parse("{username: 1}"), true),
            DeclaredIndex.of("users", Document.parse("{createdBy: 1, tenantId: 1}"), false),
            DeclaredIndex.of("organisations", Document.parse("{kind: 1, name: 1}"), false),
            DeclaredIndex.of("evidence.chunks", Document.parse("{files_id: 1, n: 1}"), true)),
            collection -> !collection.equals("organisations"));

    @Test
    void equalities_as_the_index_prefix_then_the_sort_are_covered() {
        assertThat(coverage.covered(shape("quotes", Map.of("tenantId", EQ, "status", Operator.IN),
                sort("createdAt", -1)))).isTrue();
        assertThat(coverage.covered(shape("quotes", Map.of("tenantId", EQ), Map.of()))).isTrue();
        assertThat(coverage.covered(shape("quotes", Map.of("status", EQ, "tenantId", EQ),
                sort("createdAt", 1)))).as("the sort reversed").isTrue();
    }

    @Test
    void one_range_after_the_equalities_is_covered_and_unselective_conditions_need_no_key() {
        assertThat(coverage.covered(shape("quotes", Map.of("tenantId", EQ, "status", EQ,
                "createdAt", Operator.RANGE, "acceptedAt", Operator.EXISTS, "kind", Operator.NEGATION), Map.of())))
                .isTrue();
    }

    @Test
    void id_look_ups_unique_keys_chunks_by_file_and_whole_collection_reads_are_covered() {
        assertThat(coverage.covered(shape("anything", Map.of("_id", EQ, "tenantId", EQ, "v", Operator.RANGE),
                Map.of()))).isTrue();
        assertThat(coverage.covered(shape("users", Map.of("username", EQ, "tenantId", EQ), Map.of()))).isTrue();
        assertThat(coverage.covered(shape("evidence.chunks", Map.of("files_id", EQ, "tenantId", EQ),
                sort("n", 1)))).isTrue();
        assertThat(coverage.covered(shape("organisations", Map.of(), Map.of()))).isTrue();
    }

    @Test
    void an_equality_missing_from_the_prefix_is_uncovered_and_named_with_the_index_that_would_cover_it() {
        var shape = shape("quotes", Map.of("tenantId", EQ, "providerId", EQ), sort("createdAt", -1));

        assertThat(coverage.uncovered(shape)).hasValueSatisfying(message -> assertThat(message)
                .contains("quotes", "providerId: EQUALITY", "sort {createdAt: -1}",
                        "@CompoundIndex(def = \"{'tenantId': 1, 'providerId': 1, 'createdAt': -1}\")"));
    }

    @Test
    void the_suggested_index_extends_a_declared_one_where_it_can() {
        var shape = shape("quotes", Map.of("tenantId", EQ, "status", EQ, "archived", EQ), sort("createdAt", -1));

        assertThat(coverage.suggestion(shape)).containsExactly(Map.entry("tenantId", 1), Map.entry("status", 1),
                Map.entry("archived", 1), Map.entry("createdAt", -1));
    }

    @Test
    void a_tenant_owned_query_needs_an_index_that_starts_with_tenantId() {
        assertThat(coverage.covered(shape("users", Map.of("createdBy", EQ, "tenantId", EQ), Map.of()))).isFalse();
        assertThat(coverage.covered(shape("organisations", Map.of("kind", EQ), sort("name", 1))))
                .as("not tenant-owned").isTrue();
    }

    @Test
    void a_sort_the_index_does_not_give_or_a_range_it_does_not_bound_is_uncovered() {
        assertThat(coverage.covered(shape("quotes", Map.of("tenantId", EQ), sort("updatedAt", -1)))).isFalse();
        assertThat(coverage.covered(shape("quotes", Map.of("tenantId", EQ, "status", EQ),
                sort("createdAt", -1, "_id", 1)))).isFalse();
        assertThat(coverage.covered(shape("quotes", Map.of("tenantId", EQ, "expiresAt", Operator.RANGE), Map.of())))
                .isFalse();
        assertThat(coverage.covered(shape("organisations", Map.of("name", Operator.NEGATION), Map.of())))
                .as("nothing an index can bound").isFalse();
    }

    @Test
    void a_collection_without_indexes_says_so() {
        assertThat(coverage.uncovered(shape("benchmark_changes", Map.of("tenantId", EQ), Map.of())))
                .hasValueSatisfying(message -> assertThat(message).contains("benchmark_changes", "declares none",
                        "{'tenantId': 1}"));
    }

    private static QueryShape shape(String collection, Map<String, Operator> filter, Map<String, Integer> sort) {
        return new QueryShape(collection, "find", filter, sort);
    }

    private static Map<String, Integer> sort(Object... fieldsAndDirections) {
        Map<String, Integer> sort = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndDirections.length; i += 2) {
            sort.put((String) fieldsAndDirections[i], (Integer) fieldsAndDirections[i + 1]);
        }
        return sort;
    }
}
