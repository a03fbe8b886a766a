package org.uplift.workflows.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.workflows.engine.TenantDelegate;

/** The request ran out of time: its live quotes expire on both sides. */
@Component("expireQuoteRequest")
class ExpireQuoteRequest extends TenantDelegate {

    private final QuoteRequests requests;

    ExpireQuoteRequest(QuoteRequests requests) {
        this.requests = requests;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String requestId = (String) execution.getVariable(QuoteProcess.REQUEST_ID);
        SystemWork.run("quote-request: expire", () -> requests.expire(requestId));
    }
}
