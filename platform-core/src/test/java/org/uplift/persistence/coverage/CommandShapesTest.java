package org.uplift.persistence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class CommandShapesTest {

    @Test
    void a_find_keeps_field_names_operator_kinds_and_sort_but_no_values() {
        var shapes = CommandShapes.of(BsonDocument.parse("""
                {find: 'quotes', filter: {tenantId: 't1', status: {$in: ['OPEN', 'SENT']},
                 createdAt: {$gte: {$date: '2026-01-01T00:00:00Z'}}, acceptedAt: {$exists: false}, kind: {$ne: 'X'}},
                 sort: {createdAt: -1}, limit: 20}"""));

        assertThat(shapes).singleElement().satisfies(shape -> {
            assertThat(shape.collection()).isEqualTo("quotes");
            assertThat(shape.filter()).containsExactlyInAnyOrderEntriesOf(Map.of("tenantId", Operator.EQUALITY,
                    "status", Operator.IN, "createdAt", Operator.RANGE, "acceptedAt", Operator.EXISTS,
                    "kind", Operator.NEGATION));
            assertThat(shape.sort()).containsExactly(Map.entry("createdAt", -1));
            assertThat(shape.toString()).doesNotContain("t1", "OPEN");
        });
    }

    @Test
    void an_or_gives_one_shape_per_branch_with_the_common_fields() {
        var shapes = CommandShapes.of(BsonDocument.parse("""
                {find: 'users', filter: {$and: [{tenantId: 't'}, {$or: [{email: 'a'}, {phone: 'b'}]}]}}"""));

        assertThat(shapes).extracting(QueryShape::filter).containsExactlyInAnyOrder(
                Map.of("tenantId", Operator.EQUALITY, "email", Operator.EQUALITY),
                Map.of("tenantId", Operator.EQUALITY, "phone", Operator.EQUALITY));
    }

    @Test
    void updates_deletes_find_and_modify_and_aggregations_are_read_too() {
        assertThat(CommandShapes.of(BsonDocument.parse(
                "{update: 'a', updates: [{q: {_id: 1, v: 2}, u: {$set: {x: 1}}}, {q: {tenantId: 't'}, u: {}}]}")))
                .extracting(QueryShape::command, s -> s.filter().keySet())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("update", java.util.Set.of("_id", "v")),
                        org.assertj.core.groups.Tuple.tuple("update", java.util.Set.of("tenantId")));
        assertThat(CommandShapes.of(BsonDocument.parse("{delete: 'a', deletes: [{q: {tenantId: 't'}, limit: 0}]}")))
                .singleElement().extracting(QueryShape::command).isEqualTo("delete");
        assertThat(CommandShapes.of(BsonDocument.parse(
                "{findAndModify: 'a', query: {tenantId: 't', n: {$lt: 3}}, sort: {n: 1}, update: {$inc: {n: 1}}}")))
                .singleElement().satisfies(s -> {
                    assertThat(s.filter()).containsEntry("n", Operator.RANGE);
                    assertThat(s.sort()).containsEntry("n", 1);
                });
        assertThat(CommandShapes.of(BsonDocument.parse(
                "{aggregate: 'a', pipeline: [{$match: {tenantId: 't'}}, {$sort: {at: -1}}, {$group: {_id: 1}}]}")))
                .singleElement().satisfies(s -> {
                    assertThat(s.filter()).containsOnlyKeys("tenantId");
                    assertThat(s.sort()).containsEntry("at", -1);
                });
    }

    @Test
    void the_drivers_own_commands_and_inserts_have_no_shape() {
        assertThat(CommandShapes.of(BsonDocument.parse("{hello: 1}"))).isEmpty();
        assertThat(CommandShapes.of(BsonDocument.parse("{insert: 'a', documents: [{x: 1}]}"))).isEmpty();
        assertThat(CommandShapes.of(BsonDocument.parse("{getMore: {$numberLong: '1'}, collection: 'a'}"))).isEmpty();
        assertThat(CommandShapes.of(BsonDocument.parse("{aggregate: 1, pipeline: [{$currentOp: {}}]}"))).isEmpty();
    }
}
