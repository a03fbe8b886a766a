package org.uplift.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.SystemWork;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Seeds the demo tenants through the same services users go through, so demo data obeys every rule.
 * Runs when {@code uplift.demo.enabled=true}; when it is unset, only on the embedded defaults: the embedded
 * MongoDB and a server listening on loopback only ({@code server.address} 127.0.0.1 or ::1, the shipped
 * default), so published demo passwords never reach a host others can connect to. Never otherwise.
 * Idempotent: a tenant whose owner exists is left alone. The platform admin's password and the platform API
 * client's secret are generated and printed once ({@link DemoCredentials}). Then, unless
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
    private final DemoCredentials credentials;
    private final DemoMarketplace marketplace;
    private final DemoQuotes quotes;

    DemoDataSeeder(Environment environment, Organisations organisations, Accounts accounts, ApiClients apiClients,
            DemoPeers peers, DemoCredentials credentials, DemoMarketplace marketplace, DemoQuotes quotes) {
        this.environment = environment;
        this.organisations = organisations;
        this.accounts = accounts;
        this.apiClients = apiClients;
        this.peers = peers;
        this.credentials = credentials;
        this.marketplace = marketplace;
        this.quotes = quotes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            if (environment.getProperty("uplift.demo.enabled", "").isBlank() && embeddedMongo()) {
                log.info("No demo data: the server listens beyond loopback (server.address={}); set "
                        + "UPLIFT_DEMO_ENABLED=true to seed it anyway", environment.getProperty("server.address", "*"));
            }
            return;
        }
        DemoData.TENANTS.stream().filter(t -> !accounts.usernameTaken(t.owner().email())).forEach(this::seed);
        marketplace.seed();
        quotes.seed();
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
        return embeddedMongo() && loopbackOnly(environment.getProperty("server.address", ""));
    }

    private boolean embeddedMongo() {
        return environment.getProperty("spring.data.mongodb.uri", "").isBlank()
                && environment.getProperty("spring.data.mongodb.host", "").isBlank();
    }

    /** Unset or a wildcard address listens on every interface. */
    static boolean loopbackOnly(String address) {
        if (address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.trim()).isLoopbackAddress();
        } catch (UnknownHostException unresolvable) {
            return false;
        }
    }

    private void seed(DemoData.DemoTenant tenant) {
        var owner = tenant.owner();
        boolean platform = tenant.kind() == TenantKind.PLATFORM;
        String ownerPassword = platform ? credentials.generate() : DemoData.PASSWORD;
        var client = tenant.apiClient();
        String clientSecret = platform ? credentials.generate() : client.secret();
        Organisation organisation = tenant.kind() == TenantKind.ENTERPRISE || tenant.kind() == TenantKind.PROVIDER
                ? organisations.register(new Registration(tenant.kind(), tenant.name(), tenant.creditCode(),
                        tenant.district(), tenant.industry(), owner.name(), owner.email(), ownerPassword))
                : organisations.createAdministrativeTenant(tenant.kind(), tenant.name(), tenant.district(), owner.name(),
                        owner.email(), ownerPassword);
        TenantContext.runAs(organisation.getId(), () -> {
            tenant.users().stream().skip(1).forEach(user ->
                    accounts.create(user.email(), user.name(), DemoData.PASSWORD, Set.of(user.role())));
            SystemWork.run("demo data: the tenant's API client", () ->
                    apiClients.create(client.clientId(), "Demo API client", clientSecret, client.roles(), tenant.kind()));
        });
        log.info("Demo tenant seeded: {} ({})", tenant.name(), tenant.kind());
        if (platform) {
            credentials.rememberPlatform(ownerPassword, clientSecret);
            // Shown this once: only the hashes are stored. Lost: start again on an empty data directory.
            log.warn("""

                    Demo platform admin (sees every tenant), shown once:
                      sign-in {} password {}
                      API client {} secret {}""", owner.email(), ownerPassword, client.clientId(), clientSecret);
        }
    }
}
