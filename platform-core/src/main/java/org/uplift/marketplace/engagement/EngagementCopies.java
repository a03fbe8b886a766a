package org.uplift.marketplace.engagement;

import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.uplift.tenancy.TenantContext;

/**
 * Changes one party's copy of an engagement in that party's tenant: load, change, save, and on a version conflict
 * (the other party's change landed first) load again and retry, so concurrent changes never lose each other.
 * Applies each {@link EngagementChanged} to the receiving party's copy.
 */
@Component
class EngagementCopies {

    private static final int ATTEMPTS = 5;

    private final EngagementRepository engagements;

    EngagementCopies(EngagementRepository engagements) {
        this.engagements = engagements;
    }

    Engagement change(String tenantId, String engagementId, Consumer<Engagement> change) {
        return TenantContext.callAs(tenantId, () -> {
            for (int attempt = 1;; attempt++) {
                Engagement copy = engagements.findByEngagementId(engagementId)
                        .orElseThrow(() -> new IllegalStateException("No copy of " + engagementId + " in " + tenantId));
                change.accept(copy);
                try {
                    return engagements.save(copy);
                } catch (OptimisticLockingFailureException conflict) {
                    if (attempt == ATTEMPTS) {
                        throw conflict;
                    }
                }
            }
        });
    }

    @EventListener
    void on(EngagementChanged changed) {
        change(changed.toTenantId(), changed.engagementId(), copy -> {
            if (changed.milestone() != null) {
                copy.replaceMilestone(changed.milestoneIndex(), changed.milestone());
            }
            if (changed.completedAt() != null) {
                copy.completed(changed.completedBy(), changed.completedAt());
            }
            if (changed.rating() != null) {
                copy.rated(changed.rating());
            }
        });
    }
}
