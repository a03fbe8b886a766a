package org.uplift.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.uplift.MovableClock;

/** The three sign-in limits, counted in the real embedded MongoDB, with the default limits. */
@SpringBootTest
@Import(MovableClock.AsApplicationClock.class)
class SignInThrottleTest {

    @Autowired
    SignInThrottle throttle;
    @Autowired
    LockoutProperties limits;
    @Autowired
    MovableClock clock;

    final String username = "u-" + UUID.randomUUID() + "@example.cn";

    static String anAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "10." + (random & 0xff) + "." + ((random >> 8) & 0xff) + "." + ((random >> 16) & 0xff) + "-"
                + UUID.randomUUID();
    }

    long admitted(int attempts, String user, String address) {
        return IntStream.range(0, attempts).filter(i -> throttle.admit(user, address)).count();
    }

    @Test
    void of_fifty_parallel_attempts_only_the_allowed_number_is_evaluated() throws Exception {
        String address = anAddress();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return throttle.admit(username, address);
                }));
            }
            start.countDown();
            int admitted = 0;
            for (var result : results) {
                admitted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(admitted).isEqualTo(limits.maxFailures());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failures_from_one_address_lock_the_account_there_but_not_for_its_owner_elsewhere() {
        String attacker = anAddress();
        assertThat(admitted(limits.maxFailures(), username, attacker)).isEqualTo(limits.maxFailures());

        assertThat(throttle.admit(username, attacker)).isFalse();
        assertThat(throttle.admit(username, anAddress())).isTrue();
    }

    @Test
    void the_lock_ends_after_two_windows_at_most() {
        String address = anAddress();
        admitted(limits.maxFailures() + 3, username, address);
        Instant before = clock.instant();
        try {
            clock.advance(limits.window().multipliedBy(2));
            assertThat(throttle.admit(username, address)).isTrue();
        } finally {
            clock.set(before);
        }
    }

    @Test
    void a_successful_sign_in_gives_the_attempts_back() {
        String address = anAddress();
        admitted(limits.maxFailures() - 1, username, address);
        throttle.admit(username, address);
        throttle.succeeded(username, address);

        assertThat(admitted(limits.maxFailures(), username, address)).isEqualTo(limits.maxFailures());
    }

    @Test
    void one_address_trying_many_accounts_runs_out_of_its_budget_whether_the_accounts_exist_or_not() {
        String address = anAddress();
        long admitted = IntStream.range(0, limits.addressMaxFailures())
                .filter(i -> throttle.admit("guess-" + i + "-" + username, address)).count();
        assertThat(admitted).isEqualTo(limits.addressMaxFailures());

        assertThat(throttle.admit("next-" + username, address)).isFalse();
        assertThat(throttle.admit("next-" + username, anAddress())).isTrue();
    }

    @Test
    void many_addresses_against_one_account_are_slowed_but_the_owner_signs_in_where_he_did_before() {
        String home = anAddress();
        assertThat(throttle.admit(username, home)).isTrue();
        throttle.succeeded(username, home);
        long admitted = IntStream.range(0, limits.accountMaxFailures())
                .filter(i -> throttle.admit(username, anAddress())).count();
        assertThat(admitted).isEqualTo(limits.accountMaxFailures());

        assertThat(throttle.admit(username, anAddress())).as("a new address").isFalse();
        assertThat(throttle.admit(username, home)).as("the owner's address").isTrue();
    }
}
