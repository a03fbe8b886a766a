package org.uplift.assessment.benchmark;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.Assessments;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.EnterpriseVouched;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.tenancy.TenantOwned;

/**
 * Peer statistics per framework version and {@link Segment}, at constant cost per submission and released under
 * a disclosure-control rule.
 * <p>
 * <b>Storage.</b> {@value #CONTRIBUTIONS} ({@link BenchmarkContribution}, tenant-owned): one document per SME and
 * framework version holding the contribution currently counted ({@code current}: scores in hundredths, level,
 * segments, whether the SME is vouched for) and, while a change is being applied, {@code pending}. It is the
 * SME's own data: every access runs as that SME ({@link TenantContext}) and goes through the unique index
 * {@code tenantId, frameworkId, version}. {@value #AGGREGATES}: one document per framework version and segment with
 * fixed-resolution histograms (0.01) of the total and each dimension, their sums, level counts, and the last
 * released snapshot. Aggregates are platform data, not tenant-owned (they hold no tenant id, only counts), so
 * the tenancy layer does not confine them and no {@link org.uplift.tenancy.CrossTenantAccess} is needed to read
 * or {@code $inc} them; they are only ever read by {@code _id}. {@value #IN_FLIGHT}: platform journal of changes
 * being applied (tenant id, framework version), empty but for crashed changes; read whole at start. Nothing
 * grows with the number of SMEs but the one contribution per SME.
 * <p>
 * <b>Exactly once.</b> A change (submission, publication of a level, an SME being vouched for) is journalled, then
 * recorded on the contribution with a compare-and-set on its sequence number ({@code pending}: a random change id
 * and the new state), so changes of one SME are applied one at a time in order; whoever finds a pending change
 * finishes it first. Each segment then gets one {@code $inc} of the old buckets down and the new ones up,
 * conditional on the change id not being among the segment's last {@value #RECENT} applied ({@code recent}), so a
 * retried or racing application of the same change counts once; the contribution notes each segment done, then
 * makes the new state current. A change interrupted by a crash is finished at the next start (from the journal) or
 * at the SME's next change.
 * <p>
 * <b>Disclosure control</b> (docs/architecture.md, Security): only SMEs an authority vouched for ({@link Vouches})
 * count; a segment's statistics are released as a snapshot only when it has at least {@link #K} such SMEs AND
 * at least {@link #K} distinct SMEs joined, left or changed in it since the previous release; readers only ever
 * see the snapshot; no count below {@link #K} is ever given out (level counts below {@link #K} are suppressed, with
 * one more when a single one would be, so none can be worked out from the others).
 */
@Service
public class PeerBenchmarks {

    private static final Logger log = LoggerFactory.getLogger(PeerBenchmarks.class);

    /** k-anonymity: the fewest distinct vouched SMEs shown together, and the fewest changes between releases. */
    public static final int K = 5;
    /** Levels 0 (none) to this one are always considered in a level distribution, also those no peer reached. */
    static final int MAX_LEVEL = 4;
    static final String CONTRIBUTIONS = "benchmark_contributions";
    static final String AGGREGATES = "benchmark_aggregates";
    static final String CONTRIBUTION_INDEX = "tenant_framework_version";
    /** Changes being applied: {@code _id} the change id, {@code tenantId}, {@code frameworkId}, {@code version}. */
    static final String IN_FLIGHT = "benchmark_changes_in_flight";
    /** The old format: one document per segment holding every SME's entry. Migrated on start, then dropped. */
    static final String LEGACY = "benchmark_segments";
    /** How many recent change ids a segment remembers to recognise a repeated application. */
    static final int RECENT = 64;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Assessments assessments;
    private final CompanyProfiles profiles;
    private final Vouches vouches;
    private final Organisations organisations;
    private final MongoTemplate mongo;

    PeerBenchmarks(Assessments assessments, CompanyProfiles profiles, Vouches vouches, Organisations organisations,
            MongoTemplate mongo) {
        this.assessments = assessments;
        this.profiles = profiles;
        this.vouches = vouches;
        this.organisations = organisations;
        this.mongo = mongo;
        // as BenchmarkContribution declares it, also where index auto-creation is off
        mongo.indexOps(CONTRIBUTIONS).ensureIndex(new Index().on(TenantOwned.FIELD, Sort.Direction.ASC)
                .on("frameworkId", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named(CONTRIBUTION_INDEX));
    }

    /** One SME's contribution: scores in hundredths, the segments it belongs to, whether it is vouched for. */
    record State(String assessmentId, Date submittedAt, long total, Map<String, Long> dimensions, Integer level,
            List<String> segments, boolean vouched) {

        State {
            dimensions = Map.copyOf(dimensions);
            segments = List.copyOf(segments);
        }

        /** The segments it counts in: none unless vouched for. */
        List<String> counted() {
            return vouched ? segments : List.of();
        }

        State withLevel(Integer level) {
            return new State(assessmentId, submittedAt, total, dimensions, level, segments, vouched);
        }

        State withVouched(boolean vouched) {
            return new State(assessmentId, submittedAt, total, dimensions, level, segments, vouched);
        }

        Document toDocument() {
            return new Document("assessmentId", assessmentId).append("submittedAt", submittedAt).append("total", total)
                    .append("dimensions", new Document(new TreeMap<>(dimensions))).append("level", level)
                    .append("segments", segments).append("vouched", vouched);
        }

        static State of(Document stored) {
            if (stored == null) {
                return null;
            }
            Map<String, Long> dimensions = new TreeMap<>();
            stored.get("dimensions", Document.class).forEach((k, v) -> dimensions.put(k, ((Number) v).longValue()));
            Object level = stored.get("level");
            return new State(stored.getString("assessmentId"), stored.getDate("submittedAt"),
                    ((Number) stored.get("total")).longValue(), dimensions,
                    level == null ? null : ((Number) level).intValue(), stored.getList("segments", String.class),
                    stored.getBoolean("vouched", false));
        }
    }

    @EventListener
    void on(AssessmentSubmitted event) {
        TenantContext.runAs(event.tenantId(), () -> {
            boolean vouched = vouches.isVouched(event.tenantId());
            List<String> segments = Segment.of(profiles.current()).stream().map(Segment::toString).toList();
            change(event.frameworkId(), event.frameworkVersion(), from -> {
                Assessment assessment = assessments.find(event.assessmentId()).orElseThrow(() ->
                        new IllegalStateException("Submitted assessment " + event.assessmentId() + " is missing"));
                if (assessment.getTotalScore() == null || assessment.getSubmittedAt() == null) {
                    return from;
                }
                Date submittedAt = Date.from(assessment.getSubmittedAt());
                boolean same = from != null && from.assessmentId().equals(assessment.getId());
                if (from != null && !same && from.submittedAt().after(submittedAt)) {
                    return from; // a late word about an assessment a newer one replaced
                }
                Integer level = levelOf(assessment).orElse(same ? from.level() : null);
                return new State(assessment.getId(), submittedAt, Histogram.bucket(assessment.getTotalScore()),
                        hundredths(assessment.getDimensionScores()), level, segments, vouched);
            });
            // A fast journey may have published before the contribution was recorded; its event then changed nothing.
            assessments.find(event.assessmentId()).flatMap(PeerBenchmarks::levelOf).ifPresent(level ->
                    setLevel(event.frameworkId(), event.frameworkVersion(), event.assessmentId(), level));
        });
    }

    @EventListener
    void on(AssessmentPublished event) {
        if (event.level() != null) {
            TenantContext.runAs(event.tenantId(), () -> setLevel(event.frameworkId(), event.frameworkVersion(),
                    event.assessmentId(), event.level()));
        }
    }

    /** An SME vouched for starts counting in the segments of every contribution it made. */
    @EventListener
    void on(EnterpriseVouched event) {
        TenantContext.runAs(event.tenantId(), () -> {
            Query contributions = new Query(); // the SME's own: tenantId, the index's first field
            contributions.fields().include("frameworkId", "version");
            for (Document contribution : mongo.find(contributions, Document.class, CONTRIBUTIONS)) {
                change(contribution.getString("frameworkId"), contribution.getString("version"),
                        from -> from == null ? null : from.withVouched(true));
            }
        });
    }

    /** The segment's last released statistics, or that none are released. */
    public Comparison comparison(String frameworkId, String version, Segment segment) {
        Query stored = query(where("_id").is(id(frameworkId, version, segment.toString())));
        stored.fields().include("released");
        Document found = mongo.findOne(stored, Document.class, AGGREGATES);
        Document released = found == null ? null : found.get("released", Document.class);
        if (released == null) {
            return new Comparison.TooFewPeers(K);
        }
        Map<String, Distribution> dimensions = new TreeMap<>();
        released.get("dimensions", Document.class)
                .forEach((key, value) -> dimensions.put(key, fromDocument((Document) value)));
        Map<Integer, Long> levels = new TreeMap<>();
        released.get("levels", Document.class)
                .forEach((level, count) -> levels.put(Integer.valueOf(level), ((Number) count).longValue()));
        return new Comparison.Available(new SegmentStatistics(frameworkId, version, segment,
                released.getInteger("count"), fromDocument(released.get("total", Document.class)), dimensions,
                levels));
    }

    /** The segment's released statistics, if any. */
    public Optional<SegmentStatistics> statistics(String frameworkId, String version, Segment segment) {
        return comparison(frameworkId, version, segment) instanceof Comparison.Available available
                ? Optional.of(available.statistics()) : Optional.empty();
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
        Map<Integer, Long> levels = new TreeMap<>();
        Document stored = aggregate.get("levels", Document.class);
        if (stored != null) {
            stored.forEach((level, count) -> {
                if (((Number) count).longValue() != 0) {
                    levels.put(Integer.valueOf(level), ((Number) count).longValue());
                }
            });
        }
        return Optional.of(new SegmentStatistics(frameworkId, version, segment, snapshot.getInteger("count"),
                fromDocument(snapshot.get("total", Document.class)), dimensions, levels));
    }

    private static Optional<Integer> levelOf(Assessment assessment) {
        return assessment.getStatus() == Assessment.Status.PUBLISHED ? Optional.ofNullable(assessment.getLevel())
                : Optional.empty();
    }

    private void setLevel(String frameworkId, String version, String assessmentId, int level) {
        change(frameworkId, version, from -> from != null && from.assessmentId().equals(assessmentId)
                ? from.withLevel(level) : from);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Applying a change exactly once

    /**
     * Replaces the current SME's contribution by {@code next} of the current one (null: none yet); no change when
     * it returns an equal state. Returns when the change is applied to every segment concerned.
     */
    void change(String frameworkId, String version, UnaryOperator<State> next) {
        String tenant = TenantContext.require();
        Query mine = contribution(frameworkId, version);
        while (true) {
            Document contribution = mongo.findOne(mine, Document.class, CONTRIBUTIONS);
            if (contribution != null && contribution.get("pending") != null) {
                finish(contribution);
                continue;
            }
            State from = contribution == null ? null : State.of(contribution.get("current", Document.class));
            State to = next.apply(from);
            if (to == null || to.equals(from)) {
                return;
            }
            long sequence = contribution == null ? 1 : contribution.getLong("sequence") + 1;
            String changeId = newChangeId();
            Document pending = new Document("id", changeId).append("to", to.toDocument()).append("done", List.of());
            // journalled first, so a crash after the claim below is found at the next start
            mongo.insert(new Document("_id", changeId).append("tenantId", tenant).append("frameworkId", frameworkId)
                    .append("version", version), IN_FLIGHT);
            boolean claimed;
            if (contribution == null) {
                try {
                    mongo.insert(new Document("frameworkId", frameworkId).append("version", version)
                            .append("sequence", sequence).append("epochs", new Document()).append("pending", pending),
                            CONTRIBUTIONS);
                    claimed = true;
                } catch (DuplicateKeyException raced) {
                    claimed = false;
                }
            } else {
                claimed = mongo.updateFirst(contribution(frameworkId, version).addCriteria(where("sequence")
                        .is(sequence - 1).and("pending").isNull()), new Update().set("sequence", sequence)
                        .set("pending", pending), CONTRIBUTIONS).getModifiedCount() > 0;
            }
            if (!claimed) {
                forget(changeId);
                continue; // another change came first: start again from it
            }
            finish(mongo.findOne(mine, Document.class, CONTRIBUTIONS));
            return;
        }
    }

    /** The current SME's contribution to a framework version (the tenancy layer adds its tenantId). */
    private static Query contribution(String frameworkId, String version) {
        return query(where("frameworkId").is(frameworkId).and("version").is(version));
    }

    /** Random, and never 24 hex digits: Spring Data would query such an {@code _id} as an ObjectId. */
    private static String newChangeId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "chg-" + HexFormat.of().formatHex(bytes);
    }

    private void forget(String changeId) {
        mongo.remove(query(where("_id").is(changeId)), IN_FLIGHT);
    }

    /** Applies the contribution's pending change to every segment not yet done, then makes it current. */
    private void finish(Document contribution) {
        Document pending = contribution.get("pending", Document.class);
        String changeId = pending.getString("id");
        State from = State.of(contribution.get("current", Document.class));
        State to = State.of(pending.get("to", Document.class));
        String frameworkId = contribution.getString("frameworkId");
        String version = contribution.getString("version");
        Document epochs = Objects.requireNonNullElseGet(contribution.get("epochs", Document.class), Document::new);
        Set<String> segments = new LinkedHashSet<>(from == null ? List.of() : from.counted());
        segments.addAll(to.counted());
        List<String> done = pending.getList("done", String.class);
        for (String segment : segments) {
            if (done.contains(segment)) {
                continue;
            }
            Long lastEpoch = epochs.get(segment) instanceof Number n ? n.longValue() : null;
            long epoch = applyToSegment(id(frameworkId, version, segment), frameworkId, version, segment, changeId,
                    from != null && from.counted().contains(segment) ? from : null,
                    to.counted().contains(segment) ? to : null, lastEpoch);
            mongo.updateFirst(contribution(frameworkId, version).addCriteria(where("pending.id").is(changeId)),
                    new Update().addToSet("pending.done", segment).set("epochs." + segment, epoch), CONTRIBUTIONS);
        }
        var completed = mongo.updateFirst(contribution(frameworkId, version).addCriteria(where("pending.id")
                .is(changeId)), new Update().set("current", to.toDocument()).unset("pending"), CONTRIBUTIONS);
        forget(changeId);
        if (completed.getModifiedCount() > 0) {
            segments.forEach(segment -> release(id(frameworkId, version, segment)));
        }
    }

    /**
     * One conditional {@code $inc} on the segment: the old contribution's buckets down, the new one's up, and the
     * SME counted as changed in this release epoch if it was not yet. Returns the epoch it was applied in.
     */
    private long applyToSegment(String aggregateId, String frameworkId, String version, String segment,
            String changeId, State out, State in, Long lastEpoch) {
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

    private static void add(Map<String, Long> deltas, State state, int sign) {
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

    // ---------------------------------------------------------------------------------------------------------
    // Releasing snapshots

    /**
     * Releases the segment's current statistics as its snapshot when at least {@link #K} vouched SMEs count in it
     * and at least {@link #K} distinct ones changed since the last release. Compare-and-set on the revision read,
     * so the snapshot is exactly the state whose change count was checked; a change racing it releases itself.
     */
    private void release(String aggregateId) {
        Query counters = query(where("_id").is(aggregateId));
        counters.fields().include("count", "changed");
        Document due = mongo.findOne(counters, Document.class, AGGREGATES);
        if (due == null || number(due, "count") < K || number(due, "changed") < K) {
            return; // the common case reads two numbers, not the histograms
        }
        Query histograms = query(where("_id").is(aggregateId));
        histograms.fields().exclude("released").exclude("recent");
        Document aggregate = mongo.findOne(histograms, Document.class, AGGREGATES);
        if (aggregate == null || number(aggregate, "count") < K || number(aggregate, "changed") < K) {
            return;
        }
        Document snapshot = snapshot(aggregate);
        mongo.updateFirst(query(where("_id").is(aggregateId).and("revision").is(aggregate.get("revision"))),
                new Update().set("released", snapshot).inc("epoch", 1).set("changed", 0L), AGGREGATES);
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
        Map<Integer, Long> levels = new TreeMap<>();
        Document storedLevels = aggregate.get("levels", Document.class);
        if (storedLevels != null) {
            storedLevels.forEach((level, count) -> levels.put(Integer.valueOf(level), ((Number) count).longValue()));
        }
        Document byLevel = new Document();
        suppressed(levels).forEach((level, count) -> byLevel.append(String.valueOf(level), count));
        return new Document("count", (int) number(aggregate, "count"))
                .append("total", toDocument(Histogram.of(total.get("h", Document.class)).distribution()))
                .append("dimensions", dimensions).append("levels", byLevel)
                .append("epoch", number(aggregate, "epoch") + 1);
    }

    /**
     * The level counts that may be shown: those of at least {@link #K} SMEs. Every other level, also one nobody
     * reached, is left out ("fewer than K"); when that would leave out exactly one level, the smallest shown one
     * is left out too, so the hidden count cannot be worked out as the group's size minus the others.
     */
    static Map<Integer, Long> suppressed(Map<Integer, Long> levels) {
        long withLevel = levels.values().stream().mapToLong(Long::longValue).sum();
        TreeMap<Integer, Long> shown = new TreeMap<>();
        if (withLevel < K) {
            return shown;
        }
        int top = Math.max(MAX_LEVEL, levels.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        int hidden = 0;
        for (int level = 0; level <= top; level++) {
            long count = levels.getOrDefault(level, 0L);
            if (count >= K) {
                shown.put(level, count);
            } else {
                hidden++;
            }
        }
        if (hidden == 1 && !shown.isEmpty()) {
            shown.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).ifPresent(shown::remove);
        }
        return shown;
    }

    private static long number(Document document, String key) {
        return document.get(key) instanceof Number n ? n.longValue() : 0;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Start-up: finish interrupted changes, migrate the old format

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        finishInterrupted();
        migrateLegacy();
    }

    /**
     * Finishes every change the journal says was being applied when the application stopped: as the SME whose
     * change it is, through its own contribution (a journal entry whose change never got claimed, or is done, is
     * just dropped).
     */
    void finishInterrupted() {
        for (Document entry : mongo.findAll(Document.class, IN_FLIGHT)) {
            String changeId = entry.getString("_id");
            TenantContext.runAs(entry.getString("tenantId"), () -> {
                Document contribution = mongo.findOne(contribution(entry.getString("frameworkId"),
                        entry.getString("version")), Document.class, CONTRIBUTIONS);
                Document pending = contribution == null ? null : contribution.get("pending", Document.class);
                if (pending != null && changeId.equals(pending.getString("id"))) {
                    finish(contribution);
                } else {
                    forget(changeId);
                }
            });
        }
    }

    /**
     * Turns each SME entry of the old one-document-per-segment format into its contribution, applied like any
     * change (so running it again, or after a crash half-way, changes nothing twice), then drops the old
     * collection. The old entries carry only the hash of the tenant id; vouched SMEs are recognised by hashing
     * the ids of those vouched for.
     */
    void migrateLegacy() {
        if (!mongo.collectionExists(LEGACY)) {
            return;
        }
        // the old entries are keyed by the SHA-256 of the tenant id: hash every SME's id once to find its tenant
        Map<String, String> tenantOf = new java.util.HashMap<>();
        organisations.all().stream()
                .filter(o -> o.getKind() == TenantKind.ENTERPRISE)
                .forEach(o -> tenantOf.put(legacyKey(o.getId()), o.getId()));
        Set<String> vouched = new java.util.HashSet<>();
        vouches.all().forEach(tenant -> vouched.add(legacyKey(tenant)));
        record Legacy(String frameworkId, String version, String peer) {
        }
        Map<Legacy, State> contributions = new java.util.LinkedHashMap<>();
        int segments = 0;
        for (Document document : mongo.findAll(Document.class, LEGACY)) {
            segments++;
            String segment = Segment.parse(document.getString("segment")).toString();
            Document peers = Objects.requireNonNullElseGet(document.get("peers", Document.class), Document::new);
            peers.forEach((peer, value) -> {
                Document entry = (Document) value;
                Map<String, Long> dimensions = new TreeMap<>();
                entry.get("dimensions", Document.class).forEach((key, score) ->
                        dimensions.put(key, Histogram.bucket(BigDecimal.valueOf(((Number) score).doubleValue()))));
                Integer level = entry.get("level") instanceof Number n ? n.intValue() : null;
                State state = new State(entry.getString("assessmentId"), entry.getDate("submittedAt"),
                        Histogram.bucket(BigDecimal.valueOf(((Number) entry.get("total")).doubleValue())),
                        dimensions, level, List.of(segment), vouched.contains(peer));
                contributions.merge(new Legacy(document.getString("frameworkId"), document.getString("version"), peer),
                        state, PeerBenchmarks::merged);
            });
        }
        int[] unknown = {0};
        contributions.forEach((key, state) -> {
            String tenant = tenantOf.get(key.peer());
            if (tenant == null) {
                unknown[0]++; // an SME no longer registered: it does not count any more
                return;
            }
            TenantContext.runAs(tenant, () -> change(key.frameworkId(), key.version(),
                    from -> from == null || from.submittedAt().before(state.submittedAt()) ? state : from));
        });
        mongo.dropCollection(LEGACY);
        log.info("Peer benchmarks migrated: {} old segment documents, {} contributions ({} of SMEs no longer"
                + " registered dropped)", segments, contributions.size() - unknown[0], unknown[0]);
    }

    /** The same SME's entries in several old segments: the latest assessment, in all of those segments. */
    private static State merged(State a, State b) {
        if (!a.assessmentId().equals(b.assessmentId())) {
            return a.submittedAt().after(b.submittedAt()) ? a : b;
        }
        List<String> segments = new ArrayList<>(a.segments());
        b.segments().stream().filter(s -> !segments.contains(s)).forEach(segments::add);
        return new State(a.assessmentId(), a.submittedAt(), a.total(), a.dimensions(),
                a.level() != null ? a.level() : b.level(), segments, a.vouched());
    }

    // ---------------------------------------------------------------------------------------------------------

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

    private static Map<String, Long> hundredths(Map<String, BigDecimal> scores) {
        Map<String, Long> result = new TreeMap<>();
        scores.forEach((key, score) -> result.put(key, Histogram.bucket(score)));
        return result;
    }

    static String id(String frameworkId, String version, String key) {
        return frameworkId + "|" + version + "|" + key;
    }

    /** How the old format keyed an SME: the SHA-256 of its tenant id. */
    static String legacyKey(String tenantId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(tenantId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
