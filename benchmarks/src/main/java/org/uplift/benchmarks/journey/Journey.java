package org.uplift.benchmarks.journey;

/** One subsidy application from submission to REGISTERED (waiting in implementation); fails loudly otherwise. */
public interface Journey {

    /** Readies journey number {@code n} (unmeasured set-up, e.g. the engagement it applies from). */
    default void prepare(int n) {
    }

    /** Runs journey number {@code n}; throws when it does not reach REGISTERED. */
    void run(int n);
}
