package org.uplift.subsidy.ledger;

/** What a movement does: RESERVE available → reserved, RELEASE reserved → available, PAY reserved → paid. */
public enum MovementKind {
    RESERVE, RELEASE, PAY
}
