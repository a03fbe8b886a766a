package org.uplift.marketplace.quote;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.uplift.identity.TestActors;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;

/** An SME and admitted providers acting through the real quote services. */
public final class QuoteFixture {

    public final MarketplaceFixture market;
    public final QuoteRequests requests;
    public final ProviderQuotes quotes;
    private final TestSmes smes;

    public QuoteFixture(ApplicationContext context) {
        this.market = new MarketplaceFixture(context);
        this.requests = context.getBean(QuoteRequests.class);
        this.quotes = context.getBean(ProviderQuotes.class);
        this.smes = new TestSmes(context);
    }

    public TestSmes.Sme sme() {
        return smes.register();
    }

    public <T> T asOwner(TestSmes.Sme sme, Supplier<T> work) {
        return TenantContext.callAs(sme.tenantId(), () -> TestActors.asOwner(sme.owner().userId(), work));
    }

    public <T> T asMember(TestSmes.Sme sme, String userId, Supplier<T> work) {
        return TenantContext.callAs(sme.tenantId(), () -> TestActors.asMember(userId, work));
    }

    /** The owner asks these providers, on a free-text need. */
    public QuoteRequest requested(TestSmes.Sme sme, TestProviders.Provider... providers) {
        List<String> ids = java.util.Arrays.stream(providers).map(TestProviders.Provider::tenantId).toList();
        return asOwner(sme, () -> requests.request(null, "车间需要一套 MES，覆盖报工与质量追溯", ids));
    }

    public String quoteIdOf(QuoteRequest request, TestProviders.Provider provider) {
        return request.offerOf(provider.tenantId()).orElseThrow().getQuoteId();
    }

    public QuoteRequest reload(TestSmes.Sme sme, String requestId) {
        return TenantContext.callAs(sme.tenantId(), () -> requests.find(requestId).orElseThrow());
    }
}
