package org.uplift.subsidy.ledger;

/**
 * What a movement does: RESERVE available → reserved, RELEASE reserved → available, PAY reserved → paid, CLAWBACK
 * paid → available (a disbursement reversed; the money can be committed again).
 */
public enum MovementKind {
    RESERVE, RELEASE, PAY, CLAWBACK
}
