package org.uplift.marketplace.pool;

/**
 * Where a provider stands in the city's provider pool (服务商资源池). APPLIED → ADMITTED (after expert review
 * and public notice) → SUSPENDED ⇄ ADMITTED, or REMOVED, which is final. Only ADMITTED providers' packages
 * are public and subsidisable. An application refused or lapsed leaves the provider REJECTED, from where it may
 * apply again.
 */
public enum PoolStatus {
    APPLIED, ADMITTED, SUSPENDED, REMOVED, REJECTED;

    boolean mayBecome(PoolStatus next) {
        return switch (this) {
            case APPLIED -> next == ADMITTED || next == REMOVED || next == REJECTED;
            case ADMITTED -> next == SUSPENDED || next == REMOVED;
            case SUSPENDED -> next == ADMITTED || next == REMOVED;
            case REMOVED -> false;
            case REJECTED -> next == APPLIED;
        };
    }
}
