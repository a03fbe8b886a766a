package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.marketplace.quote.Offer;
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.workflows.inbox.Inbox;
import org.uplift.workflows.quote.QuoteProcess;

/**
 * The demo SME's open quote request: answered by 数智工场, waiting for 云栖智造's consultant; seeding again changes
 * nothing. (Its other, accepted request is the demo engagement's, see DemoEngagementsTest.)
 */
@UpliftTest
class DemoQuotesTest {

    @Autowired
    Accounts accounts;
    @Autowired
    QuoteRequests requests;
    @Autowired
    ProviderQuotes quotes;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;
    @Autowired
    DemoQuotes demoQuotes;

    @Test
    void both_demo_providers_find_real_work_and_seeding_twice_changes_nothing() {
        var owner = accounts.findForSignIn("owner@sme.demo").orElseThrow();
        var shuzhi = accounts.findForSignIn("admin@provider.demo").orElseThrow();
        var yunqi = accounts.findForSignIn("consultant@yunqi.provider.demo").orElseThrow();

        var mine = SignedIn.as(owner, requests::mine).stream()
                .filter(r -> r.getStatus() == org.uplift.marketplace.quote.RequestStatus.OPEN).toList();
        assertThat(mine).singleElement().satisfies(request -> {
            assertThat(request.getNeed().isPackage()).isTrue();
            assertThat(request.getOffers()).extracting(Offer::getProviderTenantId, Offer::getStatus).containsExactly(
                    org.assertj.core.api.Assertions.tuple(shuzhi.tenantId(), QuoteStatus.ANSWERED),
                    org.assertj.core.api.Assertions.tuple(yunqi.tenantId(), QuoteStatus.OPEN));
        });
        assertThat(SignedIn.as(yunqi, quotes::open)).hasSize(1);
        assertThat(tasks.createTaskQuery().active().processDefinitionKey(QuoteProcess.KEY)
                .taskCandidateGroup(Inbox.group(yunqi.tenantId(), Role.PROVIDER_CONSULTANT)).count()).isEqualTo(1);
        // the other quote of 数智工场 is the accepted one of the demo engagement (DemoEngagements)
        assertThat(SignedIn.as(shuzhi, quotes::recent)).extracting(q -> q.getStatus())
                .containsExactlyInAnyOrder(QuoteStatus.ANSWERED, QuoteStatus.ACCEPTED);

        demoQuotes.seed();

        assertThat(SignedIn.as(owner, requests::mine)).hasSize(2);
        assertThat(SignedIn.as(shuzhi, quotes::recent)).hasSize(2);
    }
}
