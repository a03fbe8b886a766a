package org.uplift.assessment.benchmark;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantOwned;

/**
 * Changes to SMEs' contributions, each applied exactly once to every segment it concerns.
 * <p>
 * {@value #CONTRIBUTIONS} ({@link BenchmarkContribution}, tenant-owned): one document per SME and framework
 * version, read and written only as that SME through the unique index {@code tenantId, frameworkId, version}.
 * {@value #IN_FLIGHT}: the platform's journal of changes being applied, empty but for crashed ones.
 * <p>
 * A change is journalled, then claimed on the contribution with a compare-and-set on its sequence number
 * ({@code pending}: a random change id and the new state), so one SME's changes apply one at a time, in order;
 * whoever finds a pending change finishes it first. Each segment gets its {@link SegmentAggregates#apply}, the
 * contribution notes the segment done, then makes the new state current. An interrupted change is finished at
 * the next start ({@link #finishInterrupted}) or at the SME's next change.
 */
@Component
class ContributionChanges {

    static final String CONTRIBUTIONS = "benchmark_contributions";
    static final String CONTRIBUTION_INDEX = "tenant_framework_version";
    /** Changes being applied: {@code _id} the change id, {@code tenantId}, {@code frameworkId}, {@code version}. */
    static final String IN_FLIGHT = "benchmark_changes_in_flight";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SegmentAggregates aggregates;
    private final MongoTemplate mongo;

    ContributionChanges(SegmentAggregates aggregates, MongoTemplate mongo) {
        this.aggregates = aggregates;
        this.mongo = mongo;
        // as BenchmarkContribution declares it, also where index auto-creation is off
        mongo.indexOps(CONTRIBUTIONS).ensureIndex(new Index().on(TenantOwned.FIELD, Sort.Direction.ASC)
                .on("frameworkId", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique()
                .named(CONTRIBUTION_INDEX));
    }

    /**
     * Replaces the current SME's contribution by {@code next} of the current one (null: none yet); no change when
     * it returns an equal state. Returns when the change is applied to every segment concerned.
     */
    void change(String frameworkId, String version, UnaryOperator<ContributionState> next) {
        String tenant = TenantContext.require();
        Query mine = contribution(frameworkId, version);
        while (true) {
            Document contribution = mongo.findOne(mine, Document.class, CONTRIBUTIONS);
            if (contribution != null && contribution.get("pending") != null) {
                finish(contribution);
                continue;
            }
            ContributionState from = contribution == null ? null
                    : ContributionState.of(contribution.get("current", Document.class));
            ContributionState to = next.apply(from);
            if (to == null || to.equals(from)) {
                return;
            }
            long sequence = contribution == null ? 1 : contribution.getLong("sequence") + 1;
            String changeId = newChangeId();
            Document pending = new Document("id", changeId).append("to", to.toDocument()).append("done", List.of());
            // journalled first, so a crash after the claim below is found at the next start
            mongo.insert(new Document("_id", changeId).append("tenantId", tenant).append("frameworkId", frameworkId)
                    .append("version", version), IN_FLIGHT);
            if (!claim(contribution, frameworkId, version, sequence, pending)) {
                forget(changeId);
                continue; // another change came first: start again from it
            }
            Document claimed = mongo.findOne(mine, Document.class, CONTRIBUTIONS);
            if (claimed != null && claimed.get("pending") != null) {
                finish(claimed); // unless a concurrent caller (the journey publishing the level) finished it already
            }
            return;
        }
    }

    /** Every framework version the current SME contributed to, changed by {@code next}. */
    void changeEvery(UnaryOperator<ContributionState> next) {
        Query contributions = new Query(); // the SME's own: tenantId, the index's first field
        contributions.fields().include("frameworkId", "version");
        for (Document contribution : mongo.find(contributions, Document.class, CONTRIBUTIONS)) {
            change(contribution.getString("frameworkId"), contribution.getString("version"), next);
        }
    }

    private boolean claim(Document contribution, String frameworkId, String version, long sequence,
            Document pending) {
        if (contribution == null) {
            try {
                mongo.insert(new Document("frameworkId", frameworkId).append("version", version)
                        .append("sequence", sequence).append("epochs", new Document()).append("pending", pending),
                        CONTRIBUTIONS);
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        }
        return mongo.updateFirst(contribution(frameworkId, version).addCriteria(where("sequence").is(sequence - 1)
                .and("pending").isNull()), new Update().set("sequence", sequence).set("pending", pending),
                CONTRIBUTIONS).getModifiedCount() > 0;
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
        ContributionState from = ContributionState.of(contribution.get("current", Document.class));
        ContributionState to = ContributionState.of(pending.get("to", Document.class));
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
            long epoch = aggregates.apply(frameworkId, version, segment, changeId,
                    from != null && from.counted().contains(segment) ? from : null,
                    to.counted().contains(segment) ? to : null, lastEpoch);
            mongo.updateFirst(contribution(frameworkId, version).addCriteria(where("pending.id").is(changeId)),
                    new Update().addToSet("pending.done", segment).set("epochs." + segment, epoch), CONTRIBUTIONS);
        }
        var completed = mongo.updateFirst(contribution(frameworkId, version).addCriteria(where("pending.id")
                .is(changeId)), new Update().set("current", to.toDocument()).unset("pending"), CONTRIBUTIONS);
        forget(changeId);
        if (completed.getModifiedCount() > 0) {
            segments.forEach(segment -> aggregates.release(frameworkId, version, segment));
        }
    }
}
