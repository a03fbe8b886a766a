package org.uplift.marketplace.pool;

/**
 * Where a provider stands in the city's provider pool (服务商资源池). APPLIED → ADMITTED (after expert review
 * and public notice) → SUSPENDED ⇄ ADMITTED, or REMOVED, which is final. Only ADMITTED providers' packages
 * are public and subsidisable.
 */
public enum PoolStatus {
    APPLIED, ADMITTED, SUSPENDED, REMOVED;

    boolean mayBecome(PoolStatus next) {
        return switch (this) {
            case APPLIED -> next == ADMITTED || next == REMOVED;
            case ADMITTED -> next == SUSPENDED || next == REMOVED;
            case SUSPENDED -> next == ADMITTED || next == REMOVED;
            case REMOVED -> false;
        };
    }
}
