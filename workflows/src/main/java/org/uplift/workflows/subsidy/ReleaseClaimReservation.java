package org.uplift.workflows.subsidy;

import org.springframework.stereotype.Component;
import org.uplift.subsidy.claim.SubsidyClaims;

/** A rejected or expired claim: its reservation goes back to the programme's available budget. */
@Component("releaseClaimReservation")
class ReleaseClaimReservation extends ClaimDelegate {

    ReleaseClaimReservation(SubsidyClaims claims) {
        super(claims);
    }

    @Override
    protected void step(String applicationId) {
        claims.releaseReservation(applicationId);
    }
}
