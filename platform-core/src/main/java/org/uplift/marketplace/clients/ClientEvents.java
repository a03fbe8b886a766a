package org.uplift.marketplace.clients;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.sharing.AssessmentShareRevoked;
import org.uplift.assessment.sharing.AssessmentShared;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.marketplace.engagement.EngagementChanged;
import org.uplift.marketplace.engagement.EngagementStarted;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.QuoteChanged;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;

/**
 * Keeps each provider's client list in step with what happens between it and its SMEs: shares and their
 * revocation, a shared assessment's published level, every change of a quote, an engagement's start and steps.
 * Synchronous, so the list is current when the step's call returns; every write is idempotent.
 */
@Component
class ClientEvents {

    private final ClientWrites writes;
    private final AssessmentShares shares;
    private final Engagements engagements;
    private final Organisations organisations;
    private final Clock clock;

    ClientEvents(ClientWrites writes, AssessmentShares shares, Engagements engagements, Organisations organisations,
            Clock clock) {
        this.writes = writes;
        this.shares = shares;
        this.engagements = engagements;
        this.organisations = organisations;
        this.clock = clock;
    }

    @EventListener
    void on(AssessmentShared shared) {
        writes.shared(shared.providerTenantId(), shared.smeTenantId(), nameOf(shared.smeTenantId()),
                shared.assessmentId(), shared.level(), shared.sharedAt());
    }

    @EventListener
    void on(AssessmentShareRevoked revoked) {
        writes.revoked(revoked.providerTenantId(), revoked.smeTenantId(), revoked.assessmentId());
    }

    /** Published in the SME's tenant: the providers it shares this assessment with now learn its level. */
    @EventListener
    void on(AssessmentPublished published) {
        TenantContext.runAs(published.tenantId(), () -> shares.sharesOf(published.assessmentId()).forEach(share ->
                writes.levelPublished(share.getProviderTenantId(), published.tenantId(), published.assessmentId(),
                        published.level())));
    }

    @EventListener
    void on(QuoteChanged changed) {
        writes.quote(changed.providerTenantId(), changed.smeTenantId(), changed.smeName(), changed.quoteId(),
                changed.requestId(), changed.status(), changed.at());
    }

    @EventListener
    void on(EngagementStarted started) {
        writes.engagement(started.providerTenantId(), started.smeTenantId(), nameOf(started.smeTenantId()),
                started.engagementId(), EngagementStatus.ACTIVE, clock.instant());
    }

    /** Published by the acting party, whose own copy is already changed: it says the engagement's status now. */
    @EventListener
    void on(EngagementChanged changed) {
        engagements.find(changed.engagementId()).ifPresent(e -> writes.engagement(e.getProviderTenantId(),
                e.getSmeTenantId(), e.getSmeName(), e.getEngagementId(), e.getStatus(), clock.instant()));
    }

    private String nameOf(String smeTenantId) {
        return organisations.find(smeTenantId).map(Organisation::getName).orElse(null);
    }
}
