package org.uplift.assessment.benchmark;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.Assessments;
import org.uplift.organisation.CompanyProfile;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.SizeClass;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;

/**
 * Peer statistics per framework version and segment, kept up to date as assessments are submitted and
 * published.
 * <p>
 * Collection {@value #COLLECTION} (a platform collection, not tenant-owned): one document per framework id,
 * version and segment, holding per contributing SME only its latest scores under an opaque SHA-256 of its
 * tenant id, and the statistics computed from them. A submission sets that SME's entry with one atomic
 * upsert of one document (so concurrent submissions never lose each other) and then recomputes that
 * segment's statistics, which are written only if no newer entry came in meanwhile (that one recomputes).
 * Pages only read the stored statistics. Statistics are shown only when at least {@link #K} distinct SMEs
 * contributed.
 * <p>
 * The level is decided later by the journey: when it is published, it is set on the SME's entry if that entry is
 * still the same assessment (a later submission replaced it otherwise), and the statistics are recomputed. Setting
 * it is idempotent, so an assessment counts once however often its publication is announced. Because a fast
 * journey may publish before the submission's entry is written, the submission re-reads the assessment after
 * writing its entry and sets the level itself if it is already published. The level distribution is shown only
 * when at least {@link #K} of the SMEs have a level.
 */
@Service
public class PeerBenchmarks {

    /** k-anonymity: the fewest distinct SMEs whose scores may be shown together. */
    public static final int K = 5;
    public static final String ALL = "all";
    /** Levels 0 (none) to this one are always listed in a level distribution, those no peer reached with 0. */
    static final int MAX_LEVEL = 4;
    static final String COLLECTION = "benchmark_segments";
    static final String REASON = "aggregated benchmarks with k-anonymity";

    private final Assessments assessments;
    private final CompanyProfiles profiles;
    private final MongoTemplate mongo;

    PeerBenchmarks(Assessments assessments, CompanyProfiles profiles, MongoTemplate mongo) {
        this.assessments = assessments;
        this.profiles = profiles;
        this.mongo = mongo;
    }

    public static String industry(String code) {
        return "industry:" + code;
    }

    public static String size(SizeClass sizeClass) {
        return "size:" + sizeClass;
    }

    public static String district(String code) {
        return "district:" + code;
    }

    /** The segments an SME with this profile (none: only {@link #ALL}) contributes to. */
    public static List<String> segmentsOf(Optional<CompanyProfile> profile) {
        List<String> segments = new ArrayList<>(List.of(ALL));
        profile.ifPresent(p -> segments.addAll(List.of(industry(p.getIndustryCode()), size(p.sizeClass()),
                district(p.getDistrictCode()))));
        return segments;
    }

    @EventListener
    void on(AssessmentSubmitted event) {
        TenantContext.runAs(event.tenantId(), () -> {
            Assessment assessment = assessments.find(event.assessmentId()).orElseThrow(() ->
                    new IllegalStateException("Submitted assessment " + event.assessmentId() + " is missing"));
            if (assessment.getTotalScore() == null) {
                return;
            }
            Document entry = new Document("assessmentId", assessment.getId())
                    .append("total", assessment.getTotalScore().doubleValue())
                    .append("dimensions", toDoubles(assessment.getDimensionScores()))
                    .append("submittedAt", java.util.Date.from(assessment.getSubmittedAt()));
            String peer = peerKey(event.tenantId());
            for (String segment : segmentsOf(profiles.current())) {
                record(assessment.getFrameworkId(), assessment.getFrameworkVersion(), segment, peer, entry);
            }
            assessments.find(event.assessmentId())
                    .filter(a -> a.getStatus() == Assessment.Status.PUBLISHED && a.getLevel() != null)
                    .ifPresent(published -> recordLevel(event.tenantId(), published.getId(),
                            published.getFrameworkId(), published.getFrameworkVersion(), published.getLevel()));
        });
    }

    @EventListener
    void on(AssessmentPublished event) {
        if (event.level() != null) {
            recordLevel(event.tenantId(), event.assessmentId(), event.frameworkId(), event.frameworkVersion(),
                    event.level());
        }
    }

    /** The segment's statistics, or why there are none to compare with. */
    public Comparison comparison(String frameworkId, String version, String segment) {
        Query stored = query(where("_id").is(id(frameworkId, version, segment)));
        stored.fields().include("statistics");
        Document found = CrossTenantAccess.call(REASON, () -> mongo.findOne(stored, Document.class, COLLECTION));
        Document statistics = found == null ? null : found.get("statistics", Document.class);
        int count = statistics == null ? 0 : statistics.getInteger("count");
        if (count < K) {
            return new Comparison.TooFewPeers(count, K);
        }
        Map<String, Distribution> dimensions = new TreeMap<>();
        statistics.get("dimensions", Document.class)
                .forEach((key, value) -> dimensions.put(key, fromDocument((Document) value)));
        return new Comparison.Available(new SegmentStatistics(frameworkId, version, segment, count,
                fromDocument(statistics.get("total", Document.class)), dimensions, levels(statistics)));
    }

    /** The segment's statistics, only when at least {@link #K} distinct SMEs contributed. */
    public Optional<SegmentStatistics> statistics(String frameworkId, String version, String segment) {
        return comparison(frameworkId, version, segment) instanceof Comparison.Available available
                ? Optional.of(available.statistics()) : Optional.empty();
    }

    private void record(String frameworkId, String version, String segment, String peer, Document entry) {
        String id = id(frameworkId, version, segment);
        Update update = new Update().setOnInsert("frameworkId", frameworkId).setOnInsert("version", version)
                .setOnInsert("segment", segment).set("peers." + peer, entry).inc("revision", 1);
        Document updated = CrossTenantAccess.call(REASON, () -> mongo.findAndModify(query(where("_id").is(id)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION));
        storeStatistics(updated);
    }

    /**
     * Sets the level on the SME's entry in every segment where that entry is still this assessment and does not
     * have this level yet (so repeating it changes nothing), and recomputes those segments.
     */
    private void recordLevel(String tenantId, String assessmentId, String frameworkId, String version, int level) {
        String peer = "peers." + peerKey(tenantId);
        Query holding = query(where("frameworkId").is(frameworkId).and("version").is(version)
                .and(peer + ".assessmentId").is(assessmentId));
        holding.fields().include("_id");
        List<Document> segments = CrossTenantAccess.call(REASON, () -> mongo.find(holding, Document.class, COLLECTION));
        for (Document segment : segments) {
            Query unchanged = query(where("_id").is(segment.get("_id")).and(peer + ".assessmentId").is(assessmentId)
                    .and(peer + ".level").ne(level));
            Document updated = CrossTenantAccess.call(REASON, () -> mongo.findAndModify(unchanged,
                    new Update().set(peer + ".level", level).inc("revision", 1),
                    FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION));
            if (updated != null) {
                storeStatistics(updated);
            }
        }
    }

    /** Recomputes a segment's statistics; written only if no newer change came in meanwhile (that one recomputes). */
    private void storeStatistics(Document segment) {
        Object id = segment.get("_id");
        long revision = ((Number) segment.get("revision")).longValue();
        Document statistics = compute(segment.get("peers", Document.class));
        CrossTenantAccess.run(REASON, () -> mongo.updateFirst(query(where("_id").is(id).and("revision").is(revision)),
                new Update().set("statistics", statistics), COLLECTION));
    }

    static Document compute(Document peers) {
        List<Double> totals = new ArrayList<>();
        Map<String, List<Double>> dimensions = new TreeMap<>();
        TreeMap<Integer, Long> levels = new TreeMap<>();
        for (Object value : peers.values()) {
            Document entry = (Document) value;
            totals.add(((Number) entry.get("total")).doubleValue());
            entry.get("dimensions", Document.class).forEach((key, score) ->
                    dimensions.computeIfAbsent(key, k -> new ArrayList<>()).add(((Number) score).doubleValue()));
            if (entry.get("level") instanceof Number level) {
                levels.merge(level.intValue(), 1L, Long::sum);
            }
        }
        Document byDimension = new Document();
        dimensions.forEach((key, scores) -> byDimension.append(key, toDocument(Distribution.of(scores))));
        Document byLevel = new Document();
        if (!levels.isEmpty()) {
            for (int level = 0; level <= Math.max(MAX_LEVEL, levels.lastKey()); level++) {
                byLevel.append(String.valueOf(level), levels.getOrDefault(level, 0L));
            }
        }
        return new Document("count", totals.size()).append("total", toDocument(Distribution.of(totals)))
                .append("dimensions", byDimension).append("levels", byLevel);
    }

    /** The stored level counts, or none while fewer than {@link #K} SMEs have a level (k-anonymity). */
    private static Map<Integer, Long> levels(Document statistics) {
        Document stored = statistics.get("levels", Document.class);
        Map<Integer, Long> levels = new TreeMap<>();
        if (stored != null) {
            stored.forEach((level, count) -> levels.put(Integer.valueOf(level), ((Number) count).longValue()));
        }
        long withLevel = levels.values().stream().mapToLong(Long::longValue).sum();
        return withLevel < K ? Map.of() : levels;
    }

    private static Document toDocument(Distribution distribution) {
        return new Document("count", distribution.count()).append("mean", distribution.mean().doubleValue())
                .append("q1", distribution.q1().doubleValue()).append("median", distribution.median().doubleValue())
                .append("q3", distribution.q3().doubleValue());
    }

    private static Distribution fromDocument(Document stored) {
        return new Distribution(stored.getInteger("count"), decimal(stored, "mean"), decimal(stored, "q1"),
                decimal(stored, "median"), decimal(stored, "q3"));
    }

    private static BigDecimal decimal(Document stored, String key) {
        return BigDecimal.valueOf(((Number) stored.get(key)).doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Document toDoubles(Map<String, BigDecimal> scores) {
        Document document = new Document();
        new TreeMap<>(scores).forEach((key, score) -> document.append(key, score.doubleValue()));
        return document;
    }

    static String id(String frameworkId, String version, String segment) {
        return frameworkId + "|" + version + "|" + segment;
    }

    /** An opaque key for an SME: the SHA-256 of its tenant id, so raw tenant ids are not stored. */
    static String peerKey(String tenantId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(tenantId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
