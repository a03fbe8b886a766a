package org.uplift.marketplace.quote;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantIsolationContract;

/** An SME's quote requests are its own: another SME can neither read, list, send nor accept them. */
@SpringBootTest
class QuoteRequestIsolationTest extends TenantIsolationContract {

    @Autowired
    QuoteRequests requests;
    @Autowired
    ApplicationContext context;

    String provider;

    @Override
    public String create() {
        if (provider == null) {
            provider = new org.uplift.marketplace.MarketplaceFixture(context).admittedProvider().tenantId();
        }
        return ActingWithRole.as(Role.ENTERPRISE_MEMBER, "member",
                () -> requests.draft(null, "需要一套仓储管理系统", List.of(provider)).getId());
    }

    @Override
    public Optional<?> read(String id) {
        return requests.find(id);
    }

    @Override
    public List<String> listIds() {
        return requests.mine().stream().map(QuoteRequest::getId).toList();
    }

    @Override
    public void change(String id) {
        ActingWithRole.as(Role.ENTERPRISE_OWNER, "intruder", () -> requests.send(id));
    }

    @Override
    public void delete(String id) {
        ActingWithRole.as(Role.ENTERPRISE_OWNER, "intruder", () -> requests.accept(id, "any"));
    }
}
