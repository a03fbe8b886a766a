package org.uplift.subsidy.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * The budget ledger. Each movement is (1) recorded PENDING under its idempotency key, (2) applied by one
 * conditional update of the budget document (guard: enough available, or enough reserved; and not already
 * applied, which {@code pending} tells), (3) marked APPLIED, (4) taken off {@code pending}. A retry with the
 * same key after a crash at any step finishes the same movement and never moves money twice; no step needs
 * a multi-document transaction. Only system work (the application and claim processes) or a programme manager or
 * reviewer of the programme's own authority moves money (a manager's clawback, for one).
 */
@Service
public class BudgetLedger {

    public static final String UNKNOWN = "subsidy.budget.unknown";
    public static final String AMOUNT_POSITIVE = "subsidy.budget.amountPositive";
    public static final String KEY_REUSED = "subsidy.budget.keyReused";
    public static final String BELOW_COMMITTED = "subsidy.budget.belowCommitted";
    public static final String NOT_PERMITTED = "subsidy.budget.notPermitted";

    /** How long one attempt may hold a movement before a retry takes it over (an attempt that stopped). */
    static final Duration LEASE = Duration.ofSeconds(10);

    private static final Set<Role> MOVERS = Set.of(Role.PROGRAMME_MANAGER, Role.REVIEWER, Role.SENIOR_REVIEWER);

    private final MongoTemplate mongo;
    private final Actors actors;
    private final Clock clock;

    BudgetLedger(MongoTemplate mongo, @Lazy Actors actors, Clock clock) {
        this.mongo = mongo;
        this.actors = actors;
        this.clock = clock;
    }

    /** Creates the programme's budget with {@code totalFen} available, or resizes an existing one. */
    public void open(String programmeId, String authorityTenantId, long totalFen) {
        var result = mongo.upsert(query(where("_id").is(programmeId)), new Update()
                .setOnInsert("authorityTenantId", authorityTenantId).setOnInsert("totalFen", totalFen)
                .setOnInsert("availableFen", totalFen).setOnInsert("reservedFen", 0L).setOnInsert("paidFen", 0L)
                .setOnInsert("pending", List.of()), Budget.class);
        if (result.getUpsertedId() == null) {
            resize(programmeId, totalFen);
        }
    }

    /** Changes the total; refused when more than the new total is already reserved or paid. */
    public void resize(String programmeId, long totalFen) {
        while (true) {
            Budget budget = budget(programmeId).orElse(null);
            if (budget == null) {
                return;
            }
            long delta = totalFen - budget.getTotalFen();
            if (delta == 0) {
                return;
            }
            Budget changed = mongo.findAndModify(query(where("_id").is(programmeId).and("totalFen")
                    .is(budget.getTotalFen()).and("availableFen").gte(-delta)),
                    new Update().inc("totalFen", delta).inc("availableFen", delta), Budget.class);
            if (changed != null) {
                return;
            }
            Budget now = budget(programmeId).orElseThrow();
            if (now.getTotalFen() == budget.getTotalFen()) {
                throw new InputRejectedException(Violation.of("budgetFen", BELOW_COMMITTED,
                        (now.getReservedFen() + now.getPaidFen()) / 100));
            }
        }
    }

    public BudgetMovement reserve(String programmeId, long amountFen, String idempotencyKey, String reference) {
        return move(programmeId, MovementKind.RESERVE, amountFen, idempotencyKey, reference);
    }

    public BudgetMovement release(String programmeId, long amountFen, String idempotencyKey, String reference) {
        return move(programmeId, MovementKind.RELEASE, amountFen, idempotencyKey, reference);
    }

    public BudgetMovement pay(String programmeId, long amountFen, String idempotencyKey, String reference) {
        return move(programmeId, MovementKind.PAY, amountFen, idempotencyKey, reference);
    }

    /** Reverses (part of) a disbursement: paid → available. Guarded like the others: paid never goes negative. */
    public BudgetMovement clawBack(String programmeId, long amountFen, String idempotencyKey, String reference) {
        return move(programmeId, MovementKind.CLAWBACK, amountFen, idempotencyKey, reference);
    }

    /** The budget's figures, for its own authority (and system work). */
    public Optional<Budget> figures(String programmeId) {
        Actor actor = actors.current();
        return budget(programmeId).filter(b -> actor.isSystem() || b.getAuthorityTenantId().equals(actor.tenantId()));
    }

    /** Every movement of the programme, oldest first, for its own authority. */
    public List<BudgetMovement> movements(String programmeId) {
        if (figures(programmeId).isEmpty()) {
            return List.of();
        }
        return mongo.find(query(where("programmeId").is(programmeId)).with(Sort.by("at", "_id")), BudgetMovement.class);
    }

    private BudgetMovement move(String programmeId, MovementKind kind, long amountFen, String key, String reference) {
        Actor actor = actors.current();
        Violations violations = new Violations().check(amountFen > 0, "amountFen", AMOUNT_POSITIVE)
                .requireText(key, "idempotencyKey");
        Budget budget = budget(programmeId).orElse(null);
        violations.check(budget != null, "programmeId", UNKNOWN).throwIfAny();
        if (!actor.isSystem() && !(budget.getAuthorityTenantId().equals(actor.tenantId())
                && MOVERS.stream().anyMatch(actor::has))) {
            throw new InputRejectedException(Violation.of("programmeId", NOT_PERMITTED));
        }
        BudgetMovement movement = record(new BudgetMovement(programmeId, key, kind, amountFen, reference,
                actor.userId(), clock.instant()));
        String token = UUID.randomUUID().toString();
        while (true) {
            if (movement.getState() == BudgetMovement.State.APPLIED) {
                finish(movement);
                return movement;
            }
            BudgetMovement leased = lease(movement, token);
            if (leased != null) {
                return apply(leased, kind, amountFen);
            }
            movement = awaitOtherAttempt(movement);
        }
    }

    /**
     * Applies a movement this attempt holds the lease of. Only one attempt of a key applies at a time: without the
     * lease, a concurrent retry could read the movement PENDING, and apply it again after the first attempt had
     * taken it off {@code pending}.
     */
    private BudgetMovement apply(BudgetMovement movement, MovementKind kind, long amountFen) {
        String programmeId = movement.getProgrammeId();
        String guarded = switch (kind) {
            case RESERVE -> "availableFen";
            case RELEASE, PAY -> "reservedFen";
            case CLAWBACK -> "paidFen";
        };
        Update update = switch (kind) {
            case RESERVE -> new Update().inc("availableFen", -amountFen).inc("reservedFen", amountFen);
            case RELEASE -> new Update().inc("reservedFen", -amountFen).inc("availableFen", amountFen);
            case PAY -> new Update().inc("reservedFen", -amountFen).inc("paidFen", amountFen);
            case CLAWBACK -> new Update().inc("paidFen", -amountFen).inc("availableFen", amountFen);
        };
        Budget applied = mongo.findAndModify(query(where("_id").is(programmeId).and(guarded).gte(amountFen)
                .and("pending").ne(movement.getId())), update.push("pending", movement.getId()),
                FindAndModifyOptions.options().returnNew(true), Budget.class);
        if (applied == null) {
            Budget now = budget(programmeId).orElseThrow();
            if (!now.getPending().contains(movement.getId())) {
                state(movement, BudgetMovement.State.REFUSED);
                throw new BudgetExhaustedException(switch (kind) {
                    case RESERVE -> now.getAvailableFen();
                    case RELEASE, PAY -> now.getReservedFen();
                    case CLAWBACK -> now.getPaidFen();
                });
            }
        }
        BudgetMovement done = state(movement, BudgetMovement.State.APPLIED);
        finish(done);
        return done;
    }

    /** Takes the right to apply the movement, unless another attempt holds an unexpired lease on it. */
    private BudgetMovement lease(BudgetMovement movement, String token) {
        var now = clock.instant();
        return mongo.findAndModify(query(where("_id").is(movement.getId()).and("state")
                .ne(BudgetMovement.State.APPLIED).orOperator(where("applier").is(null), where("leaseUntil").lt(now))),
                new Update().set("applier", token).set("leaseUntil", now.plus(LEASE)),
                FindAndModifyOptions.options().returnNew(true), BudgetMovement.class);
    }

    /** Another attempt is applying the movement: its outcome (applied, refused), or the lease once it is free. */
    private BudgetMovement awaitOtherAttempt(BudgetMovement movement) {
        long deadline = System.nanoTime() + LEASE.plusSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            BudgetMovement now = mongo.findById(movement.getId(), BudgetMovement.class);
            if (now.getState() == BudgetMovement.State.REFUSED && now.getApplier() == null) {
                Budget budget = budget(now.getProgrammeId()).orElseThrow();
                throw new BudgetExhaustedException(switch (now.getKind()) {
                    case RESERVE -> budget.getAvailableFen();
                    case RELEASE, PAY -> budget.getReservedFen();
                    case CLAWBACK -> budget.getPaidFen();
                });
            }
            if (now.getState() == BudgetMovement.State.APPLIED || now.getApplier() == null
                    || now.getLeaseUntil().isBefore(clock.instant())) {
                return now;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another attempt applies " + movement.getId(), e);
            }
        }
        throw new IllegalStateException("Another attempt still applies " + movement.getId());
    }

    /** The movement under its key: the new one, or the one a previous attempt recorded. */
    private BudgetMovement record(BudgetMovement movement) {
        try {
            return mongo.insert(movement);
        } catch (DuplicateKeyException retry) {
            BudgetMovement earlier = mongo.findById(movement.getId(), BudgetMovement.class);
            if (earlier.getKind() != movement.getKind() || earlier.getAmountFen() != movement.getAmountFen()) {
                throw new InputRejectedException(Violation.of("idempotencyKey", KEY_REUSED));
            }
            return earlier;
        }
    }

    private BudgetMovement state(BudgetMovement movement, BudgetMovement.State state) {
        return mongo.findAndModify(query(where("_id").is(movement.getId())), new Update().set("state", state)
                .unset("applier").unset("leaseUntil"),
                FindAndModifyOptions.options().returnNew(true), BudgetMovement.class);
    }

    private void finish(BudgetMovement movement) {
        mongo.updateFirst(query(where("_id").is(movement.getProgrammeId())),
                new Update().pull("pending", movement.getId()), Budget.class);
    }

    private Optional<Budget> budget(String programmeId) {
        return programmeId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findOne(query(Criteria.where("_id").is(programmeId)), Budget.class));
    }
}
