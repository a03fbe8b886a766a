package org.uplift.assessment.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Migrates the old format, {@value #LEGACY}: one document per segment holding every SME's entry, keyed by the
 * SHA-256 of its tenant id. Each entry becomes its SME's contribution, applied like any change (so running it
 * again, or after a crash half-way, changes nothing twice); then the old collection is dropped.
 */
@Component
class LegacyBenchmarkMigration {

    private static final Logger log = LoggerFactory.getLogger(LegacyBenchmarkMigration.class);

    static final String LEGACY = "benchmark_segments";

    private final ContributionChanges changes;
    private final Organisations organisations;
    private final Vouches vouches;
    private final MongoTemplate mongo;

    LegacyBenchmarkMigration(ContributionChanges changes, Organisations organisations, Vouches vouches,
            MongoTemplate mongo) {
        this.changes = changes;
        this.organisations = organisations;
        this.vouches = vouches;
        this.mongo = mongo;
    }

    private record Legacy(String frameworkId, String version, String peer) {
    }

    void migrate() {
        if (!mongo.collectionExists(LEGACY)) {
            return;
        }
        // hash every SME's id once to find the tenant of each old entry; vouched SMEs likewise
        Map<String, String> tenantOf = new HashMap<>();
        organisations.all().stream().filter(o -> o.getKind() == TenantKind.ENTERPRISE)
                .forEach(o -> tenantOf.put(legacyKey(o.getId()), o.getId()));
        Set<String> vouched = new HashSet<>();
        vouches.all().forEach(tenant -> vouched.add(legacyKey(tenant)));
        Map<Legacy, ContributionState> contributions = new LinkedHashMap<>();
        int segments = 0;
        for (Document document : mongo.findAll(Document.class, LEGACY)) {
            segments++;
            String segment = Segment.parse(document.getString("segment")).toString();
            Document peers = Objects.requireNonNullElseGet(document.get("peers", Document.class), Document::new);
            peers.forEach((peer, entry) -> contributions.merge(
                    new Legacy(document.getString("frameworkId"), document.getString("version"), peer),
                    state((Document) entry, segment, vouched.contains(peer)), LegacyBenchmarkMigration::merged));
        }
        int unknown = 0;
        for (var contribution : contributions.entrySet()) {
            Legacy key = contribution.getKey();
            ContributionState state = contribution.getValue();
            String tenant = tenantOf.get(key.peer());
            if (tenant == null) {
                unknown++; // an SME no longer registered: it does not count any more
                continue;
            }
            TenantContext.runAs(tenant, () -> changes.change(key.frameworkId(), key.version(),
                    from -> from == null || from.submittedAt().before(state.submittedAt()) ? state : from));
        }
        mongo.dropCollection(LEGACY);
        log.info("Peer benchmarks migrated: {} old segment documents, {} contributions ({} of SMEs no longer"
                + " registered dropped)", segments, contributions.size() - unknown, unknown);
    }

    private static ContributionState state(Document entry, String segment, boolean vouched) {
        Map<String, Long> dimensions = new TreeMap<>();
        entry.get("dimensions", Document.class).forEach((key, score) ->
                dimensions.put(key, Histogram.bucket(BigDecimal.valueOf(((Number) score).doubleValue()))));
        Integer level = entry.get("level") instanceof Number n ? n.intValue() : null;
        return new ContributionState(entry.getString("assessmentId"), entry.getDate("submittedAt"),
                Histogram.bucket(BigDecimal.valueOf(((Number) entry.get("total")).doubleValue())), dimensions, level,
                List.of(segment), vouched);
    }

    /** The same SME's entries in several old segments: the latest assessment, in all of those segments. */
    private static ContributionState merged(ContributionState a, ContributionState b) {
        if (!a.assessmentId().equals(b.assessmentId())) {
            return a.submittedAt().after(b.submittedAt()) ? a : b;
        }
        List<String> segments = new ArrayList<>(a.segments());
        b.segments().stream().filter(s -> !segments.contains(s)).forEach(segments::add);
        return new ContributionState(a.assessmentId(), a.submittedAt(), a.total(), a.dimensions(),
                a.level() != null ? a.level() : b.level(), segments, a.vouched());
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
