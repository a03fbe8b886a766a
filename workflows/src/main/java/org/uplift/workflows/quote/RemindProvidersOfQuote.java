package org.uplift.workflows.quote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.workflows.engine.TenantDelegate;

/** Reminds the providers that have not replied yet. */
@Component("remindProvidersOfQuote")
class RemindProvidersOfQuote extends TenantDelegate {

    private final QuoteRequests requests;

    RemindProvidersOfQuote(QuoteRequests requests) {
        this.requests = requests;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String requestId = (String) execution.getVariable(QuoteProcess.REQUEST_ID);
        SystemWork.run("quote-request: remind providers", () -> requests.remindUnanswered(requestId));
    }
}
