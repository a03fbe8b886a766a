package org.uplift.workflows.onboarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uplift.identity.Team;
import org.uplift.identity.TeamMember;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Registration and the start of onboarding are two stores (MongoDB, Camunda's database) without a
 * shared transaction. At start-up, every SME without an onboarding gets one, so a crash between the
 * two loses nothing.
 */
@Component
class OnboardingReconciler {

    private static final Logger log = LoggerFactory.getLogger(OnboardingReconciler.class);

    private final Organisations organisations;
    private final Team team;
    private final Onboarding onboarding;

    OnboardingReconciler(Organisations organisations, Team team, Onboarding onboarding) {
        this.organisations = organisations;
        this.team = team;
        this.onboarding = onboarding;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startMissingOnboardings() {
        organisations.all().stream()
                .filter(o -> o.getKind() == TenantKind.ENTERPRISE && !onboarding.hasStarted(o.getId()))
                .forEach(o -> TenantContext.runAs(o.getId(), () -> team.members().stream()
                        .filter(m -> m.roles().stream().anyMatch(r -> r.isOwner()))
                        .map(TeamMember::userId)
                        .findFirst()
                        .ifPresent(owner -> {
                            log.info("Starting missed onboarding for tenant {}", o.getId());
                            onboarding.start(o.getId(), owner, o.getName());
                        })));
    }
}
