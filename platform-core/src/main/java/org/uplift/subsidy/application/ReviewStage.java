package org.uplift.subsidy.application;

import java.util.Set;

import org.uplift.identity.Role;

/** The authority's review stages and the roles that decide each of them (the process offers them the task). */
public enum ReviewStage {
    DISTRICT(Set.of(Role.DISTRICT_OFFICER, Role.PROGRAMME_MANAGER)),
    EXPERT(Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER)),
    SENIOR(Set.of(Role.SENIOR_REVIEWER, Role.PROGRAMME_MANAGER));

    private final Set<Role> deciders;

    ReviewStage(Set<Role> deciders) {
        this.deciders = deciders;
    }

    public Set<Role> deciders() {
        return deciders;
    }
}
