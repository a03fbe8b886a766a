package org.uplift.workflows.subsidy;

import org.springframework.stereotype.Component;
import org.uplift.subsidy.claim.SubsidyClaims;

/** Pays the approved disbursement from the reservation and closes the claim as PAID. */
@Component("recordClaimDisbursement")
class RecordDisbursement extends ClaimDelegate {

    RecordDisbursement(SubsidyClaims claims) {
        super(claims);
    }

    @Override
    protected void step(String applicationId) {
        claims.disburse(applicationId);
    }
}
