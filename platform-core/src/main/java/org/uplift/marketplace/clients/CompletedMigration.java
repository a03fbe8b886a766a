package org.uplift.marketplace.clients;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A one-time data migration that ran to its end (platform-level): it is not run again. */
@Document(CompletedMigration.COLLECTION)
class CompletedMigration {

    static final String COLLECTION = "platform_migrations";

    @Id
    private String id;
    private Instant completedAt;

    protected CompletedMigration() {
    }

    CompletedMigration(String id, Instant completedAt) {
        this.id = id;
        this.completedAt = completedAt;
    }

    String getId() { return id; }
    Instant getCompletedAt() { return completedAt; }
}
