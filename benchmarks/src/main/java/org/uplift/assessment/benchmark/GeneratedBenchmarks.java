package org.uplift.assessment.benchmark;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The peer benchmarks of a generated city, written as {@link ContributionChanges} and {@link SegmentAggregates}
 * leave them after every SME's submissions and published levels were applied: one contribution per SME and
 * framework version (its latest assessment), and per segment the histograms, sums and level counts of the vouched
 * SMEs, then a release. The aggregates are summed in memory and written as one {@code $inc} per segment (so
 * whatever the platform counted there already stays counted), then released like {@link SegmentAggregates#release}.
 * In this package for the package-private state and snapshot formats, so the documents cannot drift from them.
 */
public final class GeneratedBenchmarks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String frameworkId;
    private final String version;
    private final Map<String, Map<String, Long>> deltas = new TreeMap<>();
    private final Map<String, List<String>> recentChanges = new TreeMap<>();

    public GeneratedBenchmarks(String frameworkId, String version) {
        this.frameworkId = frameworkId;
        this.version = version;
    }

    /**
     * Counts an SME's latest assessment and returns its {@code benchmark_contributions} document (tenant-owned:
     * {@code tenantId} set). {@code changes}: how many changes the platform would have made (a submission and a
     * published level per assessment).
     */
    public Document contribution(String tenantId, String assessmentId, Date submittedAt, BigDecimal total,
            Map<String, BigDecimal> dimensions, Integer level, List<String> segments, boolean vouched, int changes) {
        Map<String, Long> hundredths = new TreeMap<>();
        dimensions.forEach((key, score) -> hundredths.put(key, Histogram.bucket(score)));
        ContributionState state = new ContributionState(assessmentId, submittedAt, Histogram.bucket(total), hundredths,
                level, segments, vouched);
        Document epochs = new Document();
        for (String segment : state.counted()) {
            add(segment, state);
            epochs.append(segment, 0L);
        }
        return new Document("tenantId", tenantId).append("frameworkId", frameworkId).append("version", version)
                .append("sequence", (long) changes).append("epochs", epochs).append("current", state.toDocument());
    }

    private void add(String segment, ContributionState state) {
        Map<String, Long> d = deltas.computeIfAbsent(segment, s -> new LinkedHashMap<>());
        d.merge("count", 1L, Long::sum);
        d.merge("total.h." + state.total(), 1L, Long::sum);
        d.merge("total.sum", state.total(), Long::sum);
        state.dimensions().forEach((key, score) -> {
            d.merge("dimensions." + key + ".h." + score, 1L, Long::sum);
            d.merge("dimensions." + key + ".sum", score, Long::sum);
        });
        if (state.level() != null) {
            d.merge("levels." + state.level(), 1L, Long::sum);
        }
        List<String> recent = recentChanges.computeIfAbsent(segment, s -> new ArrayList<>());
        if (recent.size() >= SegmentAggregates.RECENT) {
            recent.remove(0);
        }
        recent.add(changeId());
    }

    /** Adds the counted SMEs to each segment's aggregate and releases it when due; the number of segments. */
    public int writeAggregates(MongoCollection<Document> aggregates) {
        for (var entry : deltas.entrySet()) {
            String segment = entry.getKey();
            String id = SegmentAggregates.id(frameworkId, version, segment);
            long changed = entry.getValue().get("count");
            List<org.bson.conversions.Bson> updates = new ArrayList<>();
            updates.add(Updates.setOnInsert("frameworkId", frameworkId));
            updates.add(Updates.setOnInsert("version", version));
            updates.add(Updates.setOnInsert("segment", segment));
            updates.add(Updates.setOnInsert("epoch", 0L));
            entry.getValue().forEach((path, delta) -> updates.add(Updates.inc(path, delta)));
            updates.add(Updates.inc("revision", changed));
            updates.add(Updates.inc("changed", changed));
            updates.add(Updates.pushEach("recent", recentChanges.get(segment),
                    new com.mongodb.client.model.PushOptions().slice(-SegmentAggregates.RECENT)));
            aggregates.updateOne(Filters.eq("_id", id), Updates.combine(updates), new UpdateOptions().upsert(true));
            release(aggregates, id);
        }
        return deltas.size();
    }

    private static void release(MongoCollection<Document> aggregates, String id) {
        Document aggregate = aggregates.find(Filters.eq("_id", id))
                .projection(Projections.exclude("released", "recent")).first();
        if (aggregate == null || number(aggregate, "count") < PeerBenchmarks.K
                || number(aggregate, "changed") < PeerBenchmarks.K) {
            return;
        }
        aggregates.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("revision", aggregate.get("revision"))),
                Updates.combine(Updates.set("released", SegmentAggregates.snapshot(aggregate)), Updates.inc("epoch", 1L),
                        Updates.set("changed", 0L)));
    }

    private static long number(Document document, String key) {
        return document.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static String changeId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "chg-" + HexFormat.of().formatHex(bytes);
    }
}
