package org.uplift.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The one tenant mechanism holds for every way feature code can reach MongoDB. */
@SpringBootTest
class TenantScopingTest {

    @Autowired
    MongoTemplate template;
    @Autowired
    WidgetRepository repository;

    final TwoTenants tenants = new TwoTenants();

    @BeforeEach
    void oneRedWidgetEach() {
        tenants.asA(() -> repository.save(new Widget("red", 5)));
        tenants.asB(() -> repository.save(new Widget("red", 7)));
    }

    @Test
    void writes_are_stamped_with_the_current_tenant() {
        Widget saved = tenants.asA(() -> repository.save(new Widget("blue", 1)));
        assertThat(saved.tenantId).isEqualTo(tenants.a());
        Document raw = CrossTenantAccess.call("test", () ->
                template.getCollection("test_widgets").find(new Document("_id", new org.bson.types.ObjectId(saved.id))).first());
        assertThat(raw.getString("tenantId")).isEqualTo(tenants.a());
    }

    @Test
    void derived_and_annotated_repository_queries_see_only_the_current_tenant() {
        assertThat(tenants.asA(() -> repository.findByColour("red"))).extracting(w -> w.size).containsExactly(5);
        assertThat(tenants.asB(() -> repository.bigOnes(0))).extracting(w -> w.size).containsExactly(7);
        assertThat(tenants.asA(() -> repository.countByColour("red"))).isEqualTo(1);
        assertThat(tenants.asA(() -> repository.count())).isEqualTo(1);
        assertThat(tenants.asA(() -> repository.findAll())).hasSize(1);
    }

    @Test
    void template_queries_counts_and_distinct_see_only_the_current_tenant() {
        assertThat(tenants.asA(() -> template.find(new Query(), Widget.class))).hasSize(1);
        assertThat(tenants.asA(() -> template.count(new Query(), Widget.class))).isEqualTo(1);
        assertThat(tenants.asA(() -> template.estimatedCount(Widget.class))).isEqualTo(1);
        assertThat(tenants.asB(() -> template.findDistinct(new Query(), "size", Widget.class, Integer.class)))
                .containsExactly(7);
        assertThat(tenants.asA(() -> template.stream(new Query(), Widget.class).toList())).hasSize(1);
    }

    @Test
    void aggregations_start_with_the_tenant() {
        var totals = tenants.asA(() -> template.aggregate(
                Aggregation.newAggregation(Aggregation.group("colour").sum("size").as("total")),
                Widget.class, Document.class).getMappedResults());
        assertThat(totals).singleElement().satisfies(d -> assertThat(d.getInteger("total")).isEqualTo(5));
    }

    @Test
    void updates_and_deletes_cannot_reach_another_tenant() {
        tenants.asB(() -> template.updateMulti(new Query(), new Update().set("colour", "green"), Widget.class));
        tenants.asB(() -> template.findAndModify(query(where("size").is(5)), new Update().set("size", 50), Widget.class));
        tenants.asB(() -> template.remove(query(where("size").is(5)), Widget.class));
        assertThat(tenants.asA(() -> repository.findByColour("red"))).extracting(w -> w.size).containsExactly(5);
        assertThat(tenants.asB(() -> repository.findByColour("green"))).extracting(w -> w.size).containsExactly(7);
    }

    @Test
    void an_update_cannot_move_a_document_to_another_tenant() {
        assertThatThrownBy(() -> tenants.asA(() ->
                template.updateFirst(new Query(), new Update().set("tenantId", tenants.b()), Widget.class)))
                .isInstanceOf(TenantMismatchException.class);
    }

    @Test
    void a_document_of_another_tenant_cannot_be_inserted() {
        Widget foreign = new Widget("red", 1);
        foreign.tenantId = tenants.b();
        assertThatThrownBy(() -> tenants.asA(() -> template.insert(foreign)))
                .isInstanceOf(TenantMismatchException.class);
    }

    @Test
    void bulk_writes_and_upserts_stay_in_the_current_tenant() {
        tenants.asA(() -> template.bulkOps(BulkOperations.BulkMode.ORDERED, Widget.class)
                .insert(new Widget("blue", 2))
                .updateMulti(new Query(), new Update().inc("size", 1))
                .execute());
        tenants.asA(() -> template.upsert(query(where("colour").is("pink")), new Update().set("size", 9), Widget.class));
        assertThat(tenants.asA(() -> repository.findAll())).extracting(w -> w.colour + w.size)
                .containsExactlyInAnyOrder("red6", "blue3", "pink9");
        assertThat(tenants.asB(() -> repository.findAll())).extracting(w -> w.colour + w.size).containsExactly("red7");
    }

    @Test
    void saving_over_another_tenants_id_never_overwrites_it() {
        Widget mine = tenants.asA(() -> repository.findByColour("red").get(0));
        Widget hijack = new Widget("black", 0);
        hijack.id = mine.id;
        try {
            tenants.asB(() -> repository.save(hijack));
        } catch (RuntimeException refused) {
            // a duplicate key is the expected refusal
        }
        assertThat(tenants.asA(() -> repository.findById(mine.id))).get().extracting(w -> w.colour).isEqualTo("red");
    }

    @Test
    void without_a_tenant_every_access_style_is_refused() {
        List<Runnable> styles = List.of(
                () -> repository.findAll(),
                () -> repository.findByColour("red"),
                () -> template.find(new Query(), Widget.class),
                () -> template.count(new Query(), Widget.class),
                () -> template.insert(new Widget("x", 1)),
                () -> template.aggregate(Aggregation.newAggregation(Aggregation.match(where("size").gt(0))),
                        Widget.class, Document.class),
                () -> template.getCollection("test_widgets").find().first());
        styles.forEach(style -> assertThatThrownBy(style::run).isInstanceOf(MissingTenantException.class));
    }

    @Test
    void named_cross_tenant_access_reads_every_tenant() {
        long all = CrossTenantAccess.call("test: platform statistics", () -> template.count(
                query(where("tenantId").in(tenants.a(), tenants.b())), Widget.class));
        assertThat(all).isEqualTo(2);
    }
}
