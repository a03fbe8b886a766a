package org.uplift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock tests move by hand, to expire invitations, lockouts or keys without waiting. As the application's
 * clock: {@code @Import(MovableClock.AsApplicationClock.class)} and autowire {@code MovableClock}.
 */
public final class MovableClock extends Clock {

    public static final Instant START = Instant.parse("2026-11-26T08:00:00Z");

    private volatile Instant now;

    public MovableClock() {
        this(START);
    }

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Replaces the application's clock by a movable one starting at {@link #START}. */
    @TestConfiguration
    public static class AsApplicationClock {
        @Bean
        @org.springframework.context.annotation.Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
