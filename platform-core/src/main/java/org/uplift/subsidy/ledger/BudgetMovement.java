package org.uplift.subsidy.ledger;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One movement of a programme's budget, written once per idempotency key ({@code _id} is
 * {@code programmeId/key}) and only ever advanced from PENDING to APPLIED or REFUSED.
 */
@Document(BudgetMovement.COLLECTION)
@CompoundIndex(name = "programme_at_id", def = "{'programmeId': 1, 'at': 1, '_id': 1}")
public class BudgetMovement {

    static final String COLLECTION = "budget_movements";

    public enum State { PENDING, APPLIED, REFUSED }

    @Id
    private String id;
    private String programmeId;
    private String idempotencyKey;
    private MovementKind kind;
    private long amountFen;
    private State state;
    private String reference;
    private String actor;
    private Instant at;
    /** Who is applying the movement now, and until when: one attempt at a time applies a key. */
    private String applier;
    private Instant leaseUntil;

    protected BudgetMovement() {
    }

    BudgetMovement(String programmeId, String idempotencyKey, MovementKind kind, long amountFen, String reference,
            String actor, Instant at) {
        this.id = id(programmeId, idempotencyKey);
        this.programmeId = programmeId;
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.amountFen = amountFen;
        this.state = State.PENDING;
        this.reference = reference;
        this.actor = actor;
        this.at = at;
    }

    static String id(String programmeId, String key) {
        return programmeId + "/" + key;
    }

    public String getId() { return id; }
    public String getProgrammeId() { return programmeId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public MovementKind getKind() { return kind; }
    public long getAmountFen() { return amountFen; }
    public State getState() { return state; }
    public String getReference() { return reference; }
    public String getActor() { return actor; }
    public Instant getAt() { return at; }
    public String getApplier() { return applier; }
    public Instant getLeaseUntil() { return leaseUntil; }
}
