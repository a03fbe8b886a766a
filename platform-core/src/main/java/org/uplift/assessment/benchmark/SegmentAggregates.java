package org.uplift.assessment.benchmark;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@value #AGGREGATES}: one constant-size document per framework version and segment, with fixed-resolution
 * histograms (0.01) of the total and each dimension, their sums, level counts, and the last released snapshot.
 * Platform data, not tenant-owned (counts only, no tenant id), always read by {@code _id}.
 * <p>
 * A change is applied as one conditional {@code $inc} (the old contribution's buckets down, the new one's up),
 * guarded by the change id not being among the segment's last {@value #RECENT} ({@code recent}), so a retried or
 * racing application counts once. A snapshot is released when at least {@link PeerBenchmarks#K} vouched SMEs count
 * in the segment and at least {@link PeerBenchmarks#K} distinct ones changed since the last release.
 */
@Component
class SegmentAggregates {

    static final String AGGREGATES = "benchmark_aggregates";
    /** How many recent change ids a segment remembers to recognise a repeated application. */
    static final int RECENT = 64;

    private final MongoTemplate mongo;

    SegmentAggregates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String frameworkId, String version, String key) {
        return frameworkId + "|" + version + "|" + key;
    }

    /** The segment's last released statistics, or that none are released. */
    Comparison comparison(String frameworkId, String version, Segment segment) {
        Query stored = query(where("_id").is(id(frameworkId, version, segment.toString())));
        stored.fields().include("released");
        Document found = mongo.findOne(stored, Document.class, AGGREGATES);
        Document released = found == null ? null : found.get("released", Document.class);
        if (released == null) {
            return new Comparison.TooFewPeers(PeerBenchmarks.K);
        }
        Map<String, Distribution> dimensions = new TreeMap<>();
        released.get("dimensions", Document.class)
                .forEach((key, value) -> dimensions.put(key, fromDocument((Document) value)));
        return new Comparison.Available(new SegmentStatistics(frameworkId, version, segment,
                released.getInteger("count"), fromDocument(released.get("total", Document.class)), dimensions,
                levels(released.get("levels", Document.class))));
    }

    /** The segment's current, unreleased statistics: for tests of the aggregates only, never shown. */
    Optional<SegmentStatistics> unreleased(String frameworkId, String version, Segment segment) {
        Document aggregate = mongo.findOne(query(where("_id").is(id(frameworkId, version, segment.toString()))),
                Document.class, AGGREGATES);
        if (aggregate == null || number(aggregate, "count") == 0) {
            return Optional.empty();
        }
        Document snapshot = snapshot(aggregate);
        Map<String, Distribution> dimensions = new TreeMap<>();
        snapshot.get("dimensions", Document.class).forEach((k, v) -> dimensions.put(k, fromDocument((Document) v)));
        Map<Integer, Long> levels = new TreeMap<>(levels(aggregate.get("levels", Document.class)));
        levels.values().removeIf(count -> count == 0);
        return Optional.of(new SegmentStatistics(frameworkId, version, segment, snapshot.getInteger("count"),
                fromDocument(snapshot.get("total", Document.class)), dimensions, levels));
    }

    /**
     * Applies one change to the segment: {@code out} leaves it, {@code in} joins it (either may be null), and the
     * SME is counted as changed in this release epoch unless it changed in it already ({@code lastEpoch}).
     * Returns the epoch it was applied in.
     */
    long apply(String frameworkId, String version, String segment, String changeId, ContributionState out,
            ContributionState in, Long lastEpoch) {
        String aggregateId = id(frameworkId, version, segment);
        while (true) {
            Query epochOnly = query(where("_id").is(aggregateId));
            epochOnly.fields().include("epoch");
            Document aggregate = mongo.findOne(epochOnly, Document.class, AGGREGATES);
            if (aggregate == null) {
                mongo.upsert(query(where("_id").is(aggregateId)), new Update()
                        .setOnInsert("frameworkId", frameworkId).setOnInsert("version", version)
                        .setOnInsert("segment", segment).setOnInsert("epoch", 0L).setOnInsert("count", 0L)
                        .setOnInsert("changed", 0L).setOnInsert("revision", 0L).setOnInsert("recent", List.of()),
                        AGGREGATES);
                continue;
            }
            long epoch = ((Number) aggregate.get("epoch")).longValue();
            Map<String, Long> deltas = new TreeMap<>();
            if (out != null) {
                add(deltas, out, -1);
            }
            if (in != null) {
                add(deltas, in, +1);
            }
            Update update = new Update();
            deltas.forEach((path, delta) -> {
                if (delta != 0) {
                    update.inc(path, delta);
                }
            });
            update.inc("revision", 1);
            if (lastEpoch == null || lastEpoch != epoch) {
                update.inc("changed", 1);
            }
            update.push("recent").slice(-RECENT).each(changeId);
            var applied = mongo.updateFirst(query(where("_id").is(aggregateId).and("epoch").is(epoch)
                    .and("recent").ne(changeId)), update, AGGREGATES);
            if (applied.getModifiedCount() > 0) {
                return epoch;
            }
            if (mongo.exists(query(where("_id").is(aggregateId).and("recent").is(changeId)), AGGREGATES)) {
                return epoch; // applied already (a retry, or a racing helper)
            }
            // released meanwhile: apply in the new epoch
        }
    }

    private static void add(Map<String, Long> deltas, ContributionState state, int sign) {
        deltas.merge("count", (long) sign, Long::sum);
        deltas.merge("total.h." + state.total(), (long) sign, Long::sum);
        deltas.merge("total.sum", sign * state.total(), Long::sum);
        state.dimensions().forEach((key, score) -> {
            deltas.merge("dimensions." + key + ".h." + score, (long) sign, Long::sum);
            deltas.merge("dimensions." + key + ".sum", sign * score, Long::sum);
        });
        if (state.level() != null) {
            deltas.merge("levels." + state.level(), (long) sign, Long::sum);
        }
    }

    /**
     * Releases the segment's current statistics as its snapshot when due. Compare-and-set on the revision read, so
     * the snapshot is exactly the state whose change count was checked; a change racing it releases itself.
     */
    void release(String frameworkId, String version, String segment) {
        String aggregateId = id(frameworkId, version, segment);
        Query counters = query(where("_id").is(aggregateId));
        counters.fields().include("count", "changed");
        if (!due(mongo.findOne(counters, Document.class, AGGREGATES))) {
            return; // the common case reads two numbers, not the histograms
        }
        Query histograms = query(where("_id").is(aggregateId));
        histograms.fields().exclude("released").exclude("recent");
        Document aggregate = mongo.findOne(histograms, Document.class, AGGREGATES);
        if (!due(aggregate)) {
            return;
        }
        mongo.updateFirst(query(where("_id").is(aggregateId).and("revision").is(aggregate.get("revision"))),
                new Update().set("released", snapshot(aggregate)).inc("epoch", 1).set("changed", 0L), AGGREGATES);
    }

    private static boolean due(Document aggregate) {
        return aggregate != null && number(aggregate, "count") >= PeerBenchmarks.K
                && number(aggregate, "changed") >= PeerBenchmarks.K;
    }

    static Document snapshot(Document aggregate) {
        Document total = aggregate.get("total", Document.class);
        Document dimensions = new Document();
        Document stored = Objects.requireNonNullElseGet(aggregate.get("dimensions", Document.class), Document::new);
        new TreeMap<>(stored).forEach((key, value) -> {
            Distribution distribution = Histogram.of(((Document) value).get("h", Document.class)).distribution();
            if (distribution != null) {
                dimensions.append(key, toDocument(distribution));
            }
        });
        Document byLevel = new Document();
        LevelSuppression.shown(levels(aggregate.get("levels", Document.class)))
                .forEach((level, count) -> byLevel.append(String.valueOf(level), count));
        return new Document("count", (int) number(aggregate, "count"))
                .append("total", toDocument(Histogram.of(total.get("h", Document.class)).distribution()))
                .append("dimensions", dimensions).append("levels", byLevel)
                .append("epoch", number(aggregate, "epoch") + 1);
    }

    private static Map<Integer, Long> levels(Document stored) {
        Map<Integer, Long> levels = new TreeMap<>();
        if (stored != null) {
            stored.forEach((level, count) -> levels.put(Integer.valueOf(level), ((Number) count).longValue()));
        }
        return levels;
    }

    private static long number(Document document, String key) {
        return document.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static Document toDocument(Distribution distribution) {
        return new Document("count", distribution.count()).append("mean", distribution.mean().toPlainString())
                .append("q1", distribution.q1().toPlainString()).append("median", distribution.median().toPlainString())
                .append("q3", distribution.q3().toPlainString());
    }

    private static Distribution fromDocument(Document stored) {
        return new Distribution(stored.getInteger("count"), new BigDecimal(stored.getString("mean")),
                new BigDecimal(stored.getString("q1")), new BigDecimal(stored.getString("median")),
                new BigDecimal(stored.getString("q3")));
    }
}
