package org.uplift.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** A person who signs in. The username is the e-mail address, unique across the platform. */
@TenantOwned
@Document("users")
// the tenant's people (the global unique username keeps this collection unsharded: docs/architecture.md)
@CompoundIndex(name = "tenant", def = "{'tenantId': 1}")
public class UserAccount {

    @Id
    private String id;
    private String tenantId;
    @Indexed(unique = true)
    private String username;
    private String displayName;
    private String passwordHash;
    private String locale = "zh-CN";
    private boolean enabled = true;
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = normalise(username);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public String getLocale() { return locale; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }

    public void setLocale(String locale) { this.locale = locale; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
}
