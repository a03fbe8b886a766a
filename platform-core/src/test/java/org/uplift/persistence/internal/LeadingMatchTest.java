package org.uplift.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class LeadingMatchTest {

    private static final String NS = "db.notifications";

    private static Document aggregate(Document... stages) {
        return new Document("aggregate", "notifications").append("pipeline", List.of(stages));
    }

    private static Document offeredTo(String collection, Document command) {
        return LeadingMatch.during(NS, command, () -> LeadingMatch.take(collection));
    }

    @Test
    void a_leading_match_is_offered_once_to_the_aggregated_collection() {
        Document match = new Document("tenantId", "t-1");
        Document command = aggregate(new Document("$match", match), new Document("$group", new Document("_id", 1)));

        assertThat(offeredTo(NS, command)).isEqualTo(match);
        assertThat(LeadingMatch.during(NS, command, () -> {
            LeadingMatch.take(NS);
            return LeadingMatch.take(NS);
        })).isNull();
        assertThat(LeadingMatch.take(NS)).isNull();
    }

    @Test
    void another_collection_read_by_the_pipeline_is_not_filtered() {
        Document command = aggregate(new Document("$match", new Document("tenantId", "t-1")));

        assertThat(offeredTo("db.users", command)).isNull();
    }

    @Test
    void pipelines_without_a_leading_match_or_reading_the_collection_twice_are_left_alone() {
        Document match = new Document("$match", new Document("tenantId", "t-1"));

        assertThat(offeredTo(NS, aggregate(new Document("$sort", new Document("a", 1)), match))).isNull();
        assertThat(offeredTo(NS, aggregate(match, new Document("$unionWith", "notifications")))).isNull();
        assertThat(offeredTo(NS, aggregate(match, new Document("$facet", new Document("x",
                List.of(new Document("$unionWith", new Document("coll", "notifications")))))))).isNull();
        assertThat(offeredTo(NS, aggregate(new Document("$match", new Document("$expr",
                new Document("$eq", List.of("$a", "$$limit"))))))).isNull();
    }
}
