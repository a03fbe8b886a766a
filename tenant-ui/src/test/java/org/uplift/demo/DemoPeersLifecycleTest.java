package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;

/**
 * The peers are seeded in the background of a running application only: a lifecycle stop (the first thing a
 * closing context does) waits for the seeding thread, nothing is written after it, and a start resumes.
 * Same configuration as {@link DemoDataSeederTest}, so the two share one context.
 */
@UpliftTest
@TestPropertySource(properties = "uplift.demo.peers=true")
class DemoPeersLifecycleTest {

    @Autowired
    DemoPeers peers;
    @Autowired
    Accounts accounts;

    long registered() {
        return DemoPeers.SMES.stream().filter(sme -> accounts.usernameTaken(sme.ownerEmail())).count();
    }

    @Test
    void a_stop_waits_for_the_seeding_nothing_is_written_after_it_and_a_start_resumes() throws InterruptedException {
        peers.stop();

        assertThat(peers.isRunning()).isFalse();
        assertThat(peers.seeding()).isFalse();
        long atStop = registered();
        Thread.sleep(2_000);
        assertThat(registered()).isEqualTo(atStop);

        peers.start();
        assertThat(peers.isRunning()).isTrue();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> registered() == DemoPeers.SMES.size() && !peers.seeding());
    }
}
