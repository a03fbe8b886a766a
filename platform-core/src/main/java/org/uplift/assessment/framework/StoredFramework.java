package org.uplift.assessment.framework;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One framework version as stored: a platform document shared by all tenants (not tenant-owned),
 * written once and never overwritten, because assessments pin it.
 */
@Document(StoredFramework.COLLECTION)
class StoredFramework {

    static final String COLLECTION = "frameworks";

    /** {@code <frameworkId>:<version>}. */
    @Id
    private String id;
    private String frameworkId;
    private String version;
    private Instant loadedAt;
    private Framework framework;

    protected StoredFramework() {
    }

    StoredFramework(Framework framework, Instant loadedAt) {
        this.id = idOf(framework.id(), framework.version());
        this.frameworkId = framework.id();
        this.version = framework.version();
        this.loadedAt = loadedAt;
        this.framework = framework;
    }

    static String idOf(String frameworkId, String version) {
        return frameworkId + ":" + version;
    }

    String getId() { return id; }
    String getFrameworkId() { return frameworkId; }
    String getVersion() { return version; }
    Instant getLoadedAt() { return loadedAt; }
    Framework getFramework() { return framework; }
}
