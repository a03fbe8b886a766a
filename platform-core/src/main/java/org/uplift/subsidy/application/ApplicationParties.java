package org.uplift.subsidy.application;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.uplift.identity.Actor;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantKind;

/**
 * Who is a party of an application: the SME and the authority (each reads its own copy) and the provider of the
 * engagement it was made from, which has no copy: its actor's application is found in the authority's case,
 * whose tenant the audit chain names, and only if the case names the actor's tenant as provider.
 */
final class ApplicationParties {

    static final String PROVIDER_READS = "the provider of an application reads its audit timeline";

    private ApplicationParties() {
    }

    static Optional<SubsidyApplication> asProvider(Actor actor, String applicationId, AuditTrail audit,
            ApplicationCaseRepository cases) {
        if (actor.roles().stream().noneMatch(r -> r.kind() == TenantKind.PROVIDER)) {
            return Optional.empty();
        }
        return audit.owner(SubsidyApplications.subject(applicationId))
                .flatMap(authority -> CrossTenantAccess.call(PROVIDER_READS,
                        () -> cases.findByTenantIdAndApplicationId(authority, applicationId)))
                .filter(c -> actor.tenantId().equals(c.getProviderTenantId()))
                .map(SubsidyApplication.class::cast);
    }

    static Set<String> of(SubsidyApplication a) {
        Set<String> parties = new HashSet<>(Set.of(a.getSmeTenantId(), a.getAuthorityTenantId()));
        if (a.getProviderTenantId() != null) {
            parties.add(a.getProviderTenantId());
        }
        return Set.copyOf(parties);
    }

    static TimelineEntry.Party party(SubsidyApplication a, String tenantId) {
        if (tenantId == null) {
            return TimelineEntry.Party.OTHER;
        }
        return tenantId.equals(a.getSmeTenantId()) ? TimelineEntry.Party.APPLICANT
                : tenantId.equals(a.getAuthorityTenantId()) ? TimelineEntry.Party.AUTHORITY
                : tenantId.equals(a.getProviderTenantId()) ? TimelineEntry.Party.PROVIDER
                : TimelineEntry.Party.OTHER;
    }
}
