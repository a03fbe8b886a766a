package org.uplift.demo;

/**
 * One feature's demo data, seeded after the demo tenants exist, in {@link org.springframework.core.annotation.Order}
 * (the marketplace first: later steps use its admitted providers and catalogue). Idempotent: seeding twice
 * changes nothing.
 */
interface DemoStep {

    void seed();
}
