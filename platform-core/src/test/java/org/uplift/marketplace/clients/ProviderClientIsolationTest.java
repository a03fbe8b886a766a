package org.uplift.marketplace.clients;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantIsolationContract;

/**
 * A provider's client list is its own: another provider reads, lists, changes and removes only its own entry for
 * the same SME, never the first provider's.
 */
@SpringBootTest
class ProviderClientIsolationTest extends TenantIsolationContract {

    @Autowired
    ProviderClients clients;
    @Autowired
    ClientWrites writes;

    /** An SME that asked the current provider for a quote; the id is the SME's tenant id. */
    @Override
    public String create() {
        String sme = "sme-" + UUID.randomUUID();
        writes.quote(TenantContext.require(), sme, "杭州某制造有限公司", "quote-" + UUID.randomUUID(), "request-1",
                QuoteStatus.OPEN, Instant.now());
        return sme;
    }

    @Override
    public Optional<?> read(String id) {
        return ActingWithRole.as(Role.PROVIDER_CONSULTANT, "reader", () -> clients.find(id));
    }

    @Override
    public List<String> listIds() {
        return ActingWithRole.as(Role.PROVIDER_ADMIN, "reader", () -> clients.page(0, ProviderClients.MAX_SIZE))
                .items().stream().map(ProviderClient::getSmeTenantId).toList();
    }

    /** The intruder records a quote of the same SME: it lands in the intruder's own list. */
    @Override
    public void change(String id) {
        writes.quote(TenantContext.require(), id, "改名企业", "quote-" + UUID.randomUUID(), "request-2",
                QuoteStatus.ANSWERED, Instant.now());
    }

    /** The intruder revokes a share of the same SME: only its own list could lose it. */
    @Override
    public void delete(String id) {
        writes.shared(TenantContext.require(), id, "杭州某制造有限公司", "assessment-1", null, Instant.now());
        writes.revoked(TenantContext.require(), id, "assessment-1");
    }
}
