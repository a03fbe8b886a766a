package org.uplift.marketplace.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The standing's transitions, with REJECTED for a refused or lapsed application. */
class PoolStatusTest {

    @Test
    void an_applicant_is_admitted_or_rejected_and_a_rejected_provider_may_only_apply_again() {
        assertThat(PoolStatus.APPLIED.mayBecome(PoolStatus.REJECTED)).isTrue();
        assertThat(PoolStatus.REJECTED.mayBecome(PoolStatus.APPLIED)).isTrue();
        assertThat(PoolStatus.REJECTED.mayBecome(PoolStatus.ADMITTED)).isFalse();
        assertThat(PoolStatus.ADMITTED.mayBecome(PoolStatus.REJECTED)).isFalse();
    }

    @Test
    void removal_stays_final() {
        for (PoolStatus next : PoolStatus.values()) {
            assertThat(PoolStatus.REMOVED.mayBecome(next)).as("REMOVED -> %s", next).isFalse();
        }
    }
}
