package org.uplift.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The shapes the scoping cannot confine to one tenant are refused: aggregation stages that reach other
 * collections, updates that take the tenant field away, and writes inside the cross-tenant door that
 * do not name their one tenant. Each of these ran unscoped before it was refused.
 */
@SpringBootTest
class TenantScopingRefusalsTest {

    @Autowired
    MongoTemplate template;

    final TwoTenants tenants = new TwoTenants();
    String widgetOfA;

    @BeforeEach
    void oneRedWidgetEach() {
        widgetOfA = tenants.asA(() -> template.insert(new Widget("red", 5))).id;
        tenants.asB(() -> template.insert(new Widget("red", 7)));
    }

    private MongoCollection<Document> widgets() {
        return template.getCollection("test_widgets");
    }

    private void refusedAsA(Executable work) {
        assertThatThrownBy(() -> tenants.asA(() -> {
            try {
                work.execute();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        })).isInstanceOf(UnscopableOperationException.class);
    }

    private void aggregateAsA(Document... stages) {
        refusedAsA(() -> widgets().aggregate(List.of(stages)).into(new java.util.ArrayList<>()));
    }

    private void updateAsA(Bson update) {
        refusedAsA(() -> widgets().updateMany(Filters.empty(), update));
    }

    private void updatePipelineAsA(Document... stages) {
        refusedAsA(() -> widgets().updateMany(Filters.empty(), List.of(stages)));
    }

    // aggregation stages reaching beyond the tenant's documents

    @Test
    void a_lookup_into_the_collection_is_refused() {
        aggregateAsA(new Document("$lookup", new Document("from", "test_widgets").append("localField", "colour")
                .append("foreignField", "colour").append("as", "sameColour")));
    }

    @Test
    void a_union_with_the_collection_is_refused() {
        aggregateAsA(new Document("$unionWith", new Document("coll", "test_widgets")));
    }

    @Test
    void a_graph_lookup_is_refused() {
        aggregateAsA(new Document("$graphLookup", new Document("from", "test_widgets").append("startWith", "$colour")
                .append("connectFromField", "colour").append("connectToField", "colour").append("as", "chain")));
    }

    @Test
    void an_out_stage_is_refused() {
        aggregateAsA(new Document("$out", "test_widgets_copy"));
    }

    @Test
    void a_merge_stage_is_refused() {
        aggregateAsA(new Document("$merge", new Document("into", "test_widgets")));
    }

    @Test
    void a_lookup_inside_a_facet_is_refused() {
        aggregateAsA(new Document("$facet", new Document("joined", List.of(new Document("$lookup",
                new Document("from", "test_widgets").append("localField", "colour").append("foreignField", "colour")
                        .append("as", "sameColour"))))));
    }

    @Test
    void a_documents_stage_is_refused() {
        aggregateAsA(new Document("$documents", List.of(new Document("tenantId", tenants.b()))));
    }

    @Test
    void a_facet_of_ordinary_stages_still_runs_within_the_tenant() {
        List<Document> result = tenants.asA(() -> widgets().aggregate(List.of(new Document("$facet",
                new Document("all", List.of(new Document("$match", new Document()))))))
                .into(new java.util.ArrayList<>()));
        assertThat(result).singleElement().satisfies(d -> assertThat(d.getList("all", Document.class)).hasSize(1));
    }

    // updates that take the tenant field away

    @Test
    void renaming_the_tenant_field_away_is_refused() {
        updateAsA(Updates.rename("tenantId", "formerTenant"));
    }

    @Test
    void renaming_another_field_onto_the_tenant_field_is_refused() {
        updateAsA(Updates.rename("colour", "tenantId"));
    }

    @Test
    void unsetting_the_tenant_field_is_refused_whatever_value_the_unset_names() {
        updateAsA(new Document("$unset", new Document("tenantId", tenants.a())));
    }

    @Test
    void setting_another_tenant_on_insert_is_a_mismatch() {
        assertThatThrownBy(() -> tenants.asA(() -> widgets().updateOne(Filters.eq("colour", "pink"),
                Updates.setOnInsert("tenantId", tenants.b()), new UpdateOptions().upsert(true))))
                .isInstanceOf(TenantMismatchException.class);
    }

    @Test
    void an_update_pipeline_replacing_the_document_is_refused() {
        updatePipelineAsA(new Document("$replaceWith", new Document("colour", "grey")));
    }

    @Test
    void an_update_pipeline_replacing_the_root_is_refused() {
        updatePipelineAsA(new Document("$replaceRoot", new Document("newRoot", new Document("colour", "grey"))));
    }

    @Test
    void an_update_pipeline_setting_the_tenant_field_is_refused() {
        updatePipelineAsA(new Document("$set", new Document("tenantId", new Document("$literal", tenants.b()))));
    }

    @Test
    void an_update_pipeline_unsetting_the_tenant_field_is_refused() {
        updatePipelineAsA(new Document("$unset", "tenantId"));
    }

    @Test
    void an_update_pipeline_projecting_the_tenant_field_away_is_refused() {
        updatePipelineAsA(new Document("$project", new Document("colour", 1)));
    }

    @Test
    void an_update_pipeline_in_a_bulk_write_is_checked_too() {
        refusedAsA(() -> widgets().bulkWrite(List.of(new UpdateOneModel<>(Filters.empty(),
                List.of(new Document("$unset", "tenantId"))))));
    }

    // writes inside the cross-tenant door

    private void refusedInTheDoorAsB(Executable work) {
        assertThatThrownBy(() -> tenants.asB(() -> CrossTenantAccess.run("test: a write naming no tenant", () -> {
            try {
                work.execute();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        }))).isInstanceOf(UnscopableOperationException.class);
        Document mine = tenants.asA(() -> widgets().find(Filters.eq("_id", new ObjectId(widgetOfA))).first());
        assertThat(mine.getString("colour")).isEqualTo("red");
        assertThat(mine.getString("tenantId")).isEqualTo(tenants.a());
    }

    @Test
    void an_update_inside_the_door_without_a_tenant_in_its_filter_is_refused() {
        refusedInTheDoorAsB(() -> widgets().updateMany(Filters.eq("colour", "red"), Updates.set("colour", "green")));
    }

    @Test
    void a_delete_inside_the_door_without_a_tenant_in_its_filter_is_refused() {
        refusedInTheDoorAsB(() -> widgets().deleteMany(Filters.eq("colour", "red")));
    }

    @Test
    void a_replacement_inside_the_door_without_a_tenant_in_its_filter_is_refused() {
        refusedInTheDoorAsB(() -> widgets().replaceOne(Filters.eq("_id", new ObjectId(widgetOfA)),
                new Document("colour", "black")));
    }

    @Test
    void a_find_and_modify_inside_the_door_without_a_tenant_in_its_filter_is_refused() {
        refusedInTheDoorAsB(() -> widgets().findOneAndUpdate(Filters.eq("_id", new ObjectId(widgetOfA)),
                Updates.set("colour", "black")));
    }

    @Test
    void a_bulk_write_inside_the_door_without_a_tenant_in_its_filter_is_refused() {
        refusedInTheDoorAsB(() -> widgets().bulkWrite(List.of(new UpdateOneModel<>(Filters.empty(),
                Updates.set("colour", "black")))));
    }

    @Test
    void a_write_inside_the_door_naming_several_tenants_is_refused() {
        refusedInTheDoorAsB(() -> widgets().updateMany(Filters.in("tenantId", tenants.a(), tenants.b()),
                Updates.set("colour", "black")));
    }

    @Test
    void a_write_inside_the_door_naming_its_tenant_changes_only_that_tenants_document() {
        tenants.asB(() -> CrossTenantAccess.run("test: a provider writing into an SME's record", () ->
                widgets().updateOne(Filters.and(Filters.eq("_id", new ObjectId(widgetOfA)),
                        Filters.eq("tenantId", tenants.a())), Updates.set("colour", "annotated"))));
        assertThat(tenants.asA(() -> widgets().find().first()).getString("colour")).isEqualTo("annotated");
        assertThat(tenants.asB(() -> widgets().find().first()).getString("colour")).isEqualTo("red");
    }

    @Test
    void a_replacement_inside_the_door_cannot_move_the_document_to_another_tenant() {
        assertThatThrownBy(() -> tenants.asB(() -> CrossTenantAccess.run("test", () -> widgets().replaceOne(
                Filters.and(Filters.eq("_id", new ObjectId(widgetOfA)), Filters.eq("tenantId", tenants.a())),
                new Document("colour", "black").append("tenantId", tenants.b())))))
                .isInstanceOf(TenantMismatchException.class);
        assertThat(tenants.asA(() -> widgets().find().first()).getString("colour")).isEqualTo("red");
    }
}
