package org.uplift.workflows.subsidy;

import org.springframework.stereotype.Component;
import org.uplift.subsidy.claim.SubsidyClaims;

/** No claim filed by the deadline: the claim expires. */
@Component("expireClaim")
class ExpireClaim extends ClaimDelegate {

    ExpireClaim(SubsidyClaims claims) {
        super(claims);
    }

    @Override
    protected void step(String applicationId) {
        claims.expire(applicationId);
    }
}
