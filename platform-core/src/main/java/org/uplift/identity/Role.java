package org.uplift.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.uplift.tenancy.TenantKind;

/** What a member may do in its tenant; each role belongs to one kind of tenant. */
public enum Role {
    ENTERPRISE_OWNER(TenantKind.ENTERPRISE, true),
    ENTERPRISE_MEMBER(TenantKind.ENTERPRISE, false),
    PROVIDER_ADMIN(TenantKind.PROVIDER, true),
    PROVIDER_CONSULTANT(TenantKind.PROVIDER, false),
    PROGRAMME_MANAGER(TenantKind.AUTHORITY, true),
    /** A district's officer: recommends applications to the city's experts (区县推荐). */
    DISTRICT_OFFICER(TenantKind.AUTHORITY, false),
    REVIEWER(TenantKind.AUTHORITY, false),
    SENIOR_REVIEWER(TenantKind.AUTHORITY, false),
    /** Performs the on-site acceptance of implemented projects (现场验收). */
    EVALUATOR(TenantKind.AUTHORITY, false),
    /** The authority's finance: approves or rejects claims and records the disbursement (补助拨付). */
    FINANCE_OFFICER(TenantKind.AUTHORITY, false),
    PLATFORM_ADMIN(TenantKind.PLATFORM, true);

    private final TenantKind kind;
    private final boolean owner;

    Role(TenantKind kind, boolean owner) {
        this.kind = kind;
        this.owner = owner;
    }

    public TenantKind kind() {
        return kind;
    }

    /** The role that may manage the tenant's team and API clients. */
    public boolean isOwner() {
        return owner;
    }

    public static Role ownerOf(TenantKind kind) {
        return Arrays.stream(values()).filter(r -> r.kind == kind && r.owner).findFirst().orElseThrow();
    }

    public static Set<Role> of(TenantKind kind) {
        return Arrays.stream(values()).filter(r -> r.kind == kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
