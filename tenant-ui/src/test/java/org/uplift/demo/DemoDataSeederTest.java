package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data only on the embedded defaults, or where it is asked for explicitly. */
class DemoDataSeederTest {

    static boolean seeds(MockEnvironment environment) {
        return new DemoDataSeeder(environment, null, null, null).enabled();
    }

    @Test
    void the_embedded_defaults_get_demo_data() {
        assertThat(seeds(new MockEnvironment())).isTrue();
    }

    @Test
    void an_external_mongodb_gets_none_unless_asked() {
        var external = new MockEnvironment().withProperty("spring.data.mongodb.uri", "mongodb://db:27017/uplift");
        assertThat(seeds(external)).isFalse();
        assertThat(seeds(external.withProperty("uplift.demo.enabled", "true"))).isTrue();
    }

    @Test
    void switching_it_off_wins_on_the_embedded_defaults_too() {
        assertThat(seeds(new MockEnvironment().withProperty("uplift.demo.enabled", "false"))).isFalse();
    }
}
