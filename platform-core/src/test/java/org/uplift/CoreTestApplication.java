package org.uplift;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots platform-core alone, on the in-memory embedded MongoDB, for its integration tests. */
@SpringBootApplication
public class CoreTestApplication {
}
