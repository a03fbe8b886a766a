package org.uplift;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots core and workflows (no UI) for the process tests. */
@SpringBootApplication
public class WorkflowsTestApplication {
}
