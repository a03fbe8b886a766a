package org.uplift.workflows.subsidy;

import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.BudgetLedger;

/** Releases of an application's reservation, each under its own idempotency key. */
final class Releases {

    /** All of it: expiry or a failed acceptance. */
    static final String FULL = "release";
    /** What the accepted amount leaves of the reservation. */
    static final String DIFFERENCE = "acceptance";

    private Releases() {
    }

    static void release(BudgetLedger ledger, SubsidyApplication application, long amountFen, String kind) {
        if (amountFen > 0) {
            ledger.release(application.getProgrammeId(), amountFen,
                    SubsidyApplications.subject(application.getApplicationId()) + "/" + kind,
                    application.getApplicationId());
        }
    }
}
