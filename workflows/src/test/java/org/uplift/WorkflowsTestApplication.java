package org.uplift;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.uplift.identity.Actors;
import org.uplift.identity.TestActors;

/** Boots core and workflows (no UI) for the process tests. */
@SpringBootApplication
public class WorkflowsTestApplication {

    /** No request carries a principal here; tenant-ui (which may see this class on its test path) has its own. */
    @Bean
    @ConditionalOnMissingBean(Actors.class)
    static Actors testActors() {
        return new TestActors();
    }
}
