package org.uplift.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Seeds the demo tenants through the same services users go through, so demo data obeys every rule.
 * Runs when {@code uplift.demo.enabled=true}, or when it is unset and MongoDB is the embedded one;
 * never otherwise. Idempotent: a tenant whose owner exists is left alone. Then, unless
 * {@code uplift.demo.peers=false}, the synthetic peer SMEs ({@link DemoPeers}) are seeded in the background.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final Environment environment;
    private final Organisations organisations;
    private final Accounts accounts;
    private final ApiClients apiClients;
    private final DemoPeers peers;

    DemoDataSeeder(Environment environment, Organisations organisations, Accounts accounts, ApiClients apiClients,
            DemoPeers peers) {
        this.environment = environment;
        this.organisations = organisations;
        this.accounts = accounts;
        this.apiClients = apiClients;
        this.peers = peers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        DemoData.TENANTS.stream().filter(t -> !accounts.usernameTaken(t.owner().email())).forEach(this::seed);
        if (peersEnabled()) {
            peers.seedInBackground();
        }
    }

    boolean peersEnabled() {
        return environment.getProperty("uplift.demo.peers", Boolean.class, true);
    }

    boolean enabled() {
        String setting = environment.getProperty("uplift.demo.enabled", "");
        if (!setting.isBlank()) {
            return Boolean.parseBoolean(setting);
        }
        return environment.getProperty("spring.data.mongodb.uri", "").isBlank()
                && environment.getProperty("spring.data.mongodb.host", "").isBlank();
    }

    private void seed(DemoData.DemoTenant tenant) {
        var owner = tenant.owner();
        Organisation organisation = tenant.kind() == TenantKind.ENTERPRISE || tenant.kind() == TenantKind.PROVIDER
                ? organisations.register(new Registration(tenant.kind(), tenant.name(), tenant.creditCode(),
                        tenant.district(), tenant.industry(), owner.name(), owner.email(), DemoData.PASSWORD))
                : organisations.createAdministrativeTenant(tenant.kind(), tenant.name(), tenant.district(), owner.name(),
                        owner.email(), DemoData.PASSWORD);
        TenantContext.runAs(organisation.getId(), () -> {
            tenant.users().stream().skip(1).forEach(user ->
                    accounts.create(user.email(), user.name(), DemoData.PASSWORD, Set.of(user.role())));
            var client = tenant.apiClient();
            apiClients.create(client.clientId(), "Demo API client", client.secret(), client.roles(), tenant.kind());
        });
        log.info("Demo tenant seeded: {} ({})", tenant.name(), tenant.kind());
    }
}
