package org.uplift.subsidy.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The append-only audit trail: who, when, what, before/after and why, one hash chain per subject. Appending
 * claims the next sequence number by inserting under it (a concurrent writer gets a duplicate key and retries
 * on the new end), then advances the subject's head. The verification recomputes every hash and checks the
 * links, the numbering and the head, so a changed, inserted or deleted record is found.
 */
@Service
public class AuditTrail {

    public static final String NOT_PERMITTED = "subsidy.audit.notPermitted";

    private final MongoTemplate mongo;
    private final Actors actors;
    private final Clock clock;

    AuditTrail(MongoTemplate mongo, @Lazy Actors actors, Clock clock) {
        this.mongo = mongo;
        this.actors = actors;
        this.clock = clock;
    }

    /** Appends to the subject's chain, owned by the acting tenant when the chain is new. */
    public AuditRecord append(String subject, String action, String before, String after, String reason) {
        return append(subject, null, Set.of(), action, before, after, reason);
    }

    /**
     * Appends to a subject several tenants act on (an application: the SME applies and answers, the authority
     * decides). The calling service has checked that the actor is a party; the chain is owned, read and verified
     * by {@code ownerTenantId}, and each record keeps the actor's own tenant. Actors of any other tenant are
     * refused.
     */
    public AuditRecord appendAsParty(String subject, String ownerTenantId, Set<String> parties, String action,
            String before, String after, String reason) {
        return append(subject, Objects.requireNonNull(ownerTenantId), parties, action, before, after, reason);
    }

    private AuditRecord append(String subject, String ownerTenantId, Set<String> parties, String action,
            String before, String after, String reason) {
        Actor actor = actors.current();
        while (true) {
            AuditRecord last = last(subject);
            String owner = last != null ? last.getOwnerTenantId()
                    : ownerTenantId != null ? ownerTenantId : actor.tenantId();
            if (!actor.isSystem() && !owner.equals(actor.tenantId())
                    && (ownerTenantId == null || !parties.contains(actor.tenantId()))) {
                throw new InputRejectedException(Violation.of("subject", NOT_PERMITTED));
            }
            long seq = last == null ? 1 : last.getSeq() + 1;
            AuditRecord record = new AuditRecord(subject, seq, owner, actor.userId(), actor.tenantId(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    action, before, after, reason, last == null ? AuditHash.GENESIS : last.getHash());
            try {
                mongo.insert(record);
            } catch (DuplicateKeyException raced) {
                continue;
            }
            try {
                mongo.upsert(query(where("_id").is(subject).and("seq").lt(seq)),
                        new Update().set("seq", seq).set("hash", record.getHash()), AuditHead.class);
            } catch (DuplicateKeyException aLaterWriterAdvancedIt) {
                // the head is already at or beyond this record
            }
            return record;
        }
    }

    /** The subject's records, oldest first, for the owning tenant. */
    public List<AuditRecord> records(String subject) {
        List<AuditRecord> records = chain(subject);
        Actor actor = actors.current();
        if (!records.isEmpty() && !actor.isSystem() && !records.get(0).getOwnerTenantId().equals(actor.tenantId())) {
            return List.of();
        }
        return records;
    }

    /**
     * The subject's records, oldest first, for the owning tenant or a party of the subject: the calling service
     * has checked that the actor is one (as for {@link #appendAsParty}); actors of any other tenant read nothing.
     */
    public List<AuditRecord> recordsAsParty(String subject, Set<String> parties) {
        return mayRead(subject, parties) ? chain(subject) : List.of();
    }

    /** The tenant that owns the subject's chain, as its first record names it; empty for an unknown subject. */
    public Optional<String> owner(String subject) {
        return Optional.ofNullable(mongo.findOne(query(where("subject").is(subject))
                .with(Sort.by("seq")).limit(1), AuditRecord.class)).map(AuditRecord::getOwnerTenantId);
    }

    public AuditVerification verify(String subject) {
        return verified(subject, records(subject));
    }

    /** {@link #verify}, for the owning tenant or a party of the subject (see {@link #recordsAsParty}). */
    public AuditVerification verifyAsParty(String subject, Set<String> parties) {
        return verified(subject, recordsAsParty(subject, parties));
    }

    private boolean mayRead(String subject, Set<String> parties) {
        Actor actor = actors.current();
        if (actor.isSystem() || parties.contains(actor.tenantId())) {
            return true;
        }
        AuditRecord first = mongo.findById(AuditRecord.id(subject, 1), AuditRecord.class);
        return first != null && first.getOwnerTenantId().equals(actor.tenantId());
    }

    /**
     * Walks the chain in order; the first finding names the problem. A record numbered below the one expected
     * was inserted, above it means numbers are missing; a hash that does not match is a changed record, and a
     * link that does not match means the record before it was changed (its hash recomputed). Records after the
     * head were inserted: the head advances right after each append.
     */
    private AuditVerification verified(String subject, List<AuditRecord> records) {
        Findings findings = new Findings();
        String previous = AuditHash.GENESIS;
        long expected = 1;
        for (AuditRecord r : records) {
            if (r.getSeq() < expected) {
                findings.add(AuditVerification.Problem.INSERTED, r.getSeq(),
                        "record " + r.getSeq() + ": numbered before the chain's record " + expected + " (inserted)");
            } else if (r.getSeq() > expected) {
                findings.add(AuditVerification.Problem.DELETED, expected,
                        "record " + r.getSeq() + ": expected number " + expected + " (a record is missing)");
            }
            if (!Objects.equals(r.getId(), AuditRecord.id(subject, r.getSeq()))) {
                findings.add(AuditVerification.Problem.CHANGED, r.getSeq(),
                        "record " + r.getSeq() + ": id does not match its number");
            }
            if (!Objects.equals(r.getPreviousHash(), previous)) {
                findings.add(AuditVerification.Problem.CHANGED, r.getSeq() - 1,
                        "record " + r.getSeq() + ": does not link to the record before it");
            }
            if (!Objects.equals(r.getHash(), AuditHash.of(r))) {
                findings.add(AuditVerification.Problem.CHANGED, r.getSeq(),
                        "record " + r.getSeq() + ": hash does not match its content");
            }
            previous = r.getHash();
            expected = Math.max(expected, r.getSeq() + 1);
        }
        AuditHead head = mongo.findById(subject, AuditHead.class);
        if (head != null) {
            AuditRecord atHead = records.stream().filter(r -> r.getSeq() == head.seq).findFirst().orElse(null);
            if (atHead == null) {
                findings.add(AuditVerification.Problem.DELETED, expected,
                        "head " + head.seq + ": the chain's last record is missing");
            } else if (!atHead.getHash().equals(head.hash)) {
                findings.add(AuditVerification.Problem.CHANGED, head.seq,
                        "head " + head.seq + ": the chain's last record was changed");
            }
            records.stream().filter(r -> r.getSeq() > head.seq).findFirst().ifPresent(r -> findings.add(
                    AuditVerification.Problem.INSERTED, r.getSeq(), "record " + r.getSeq() + ": after the head "
                            + head.seq + " (inserted)"));
        } else if (!records.isEmpty()) {
            findings.add(AuditVerification.Problem.DELETED, null, "head: missing");
        }
        return new AuditVerification(subject, records.size(), List.copyOf(findings.problems), findings.first,
                findings.at);
    }

    /** The findings in the order found; the first names the problem. */
    private static final class Findings {
        final List<String> problems = new ArrayList<>();
        AuditVerification.Problem first;
        Long at;

        void add(AuditVerification.Problem problem, Long seq, String finding) {
            if (first == null) {
                first = problem;
                at = seq;
            }
            problems.add(finding);
        }
    }

    private List<AuditRecord> chain(String subject) {
        return mongo.find(query(where("subject").is(subject)).with(Sort.by("seq")), AuditRecord.class);
    }

    private AuditRecord last(String subject) {
        AuditHead head = mongo.findById(subject, AuditHead.class);
        long from = head == null ? 0 : head.seq;
        // the head may lag behind a record whose writer stopped before advancing it
        AuditRecord last = head == null ? null : mongo.findById(AuditRecord.id(subject, head.seq), AuditRecord.class);
        for (long seq = from + 1; ; seq++) {
            AuditRecord next = mongo.findById(AuditRecord.id(subject, seq), AuditRecord.class);
            if (next == null) {
                return last;
            }
            last = next;
        }
    }
}
