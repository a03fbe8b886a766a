package org.uplift.organisation;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.CreatedApiClient;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.identity.SystemWork;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/** Fresh SMEs registered through the real services (so onboarding starts too), and API clients for them. */
public final class TestSmes {

    public static final String PASSWORD = "Strong-pass-2024";

    /** A registered SME and its owner as sign-in sees it. */
    public record Sme(String tenantId, String name, String ownerEmail, SignInAccount owner) {
    }

    private final Organisations organisations;
    private final Accounts accounts;
    private final ApiClients apiClients;
    private final Vouches vouches;
    private String authority;

    public TestSmes(ApplicationContext context) {
        this.organisations = context.getBean(Organisations.class);
        this.accounts = context.getBean(Accounts.class);
        this.apiClients = context.getBean(ApiClients.class);
        this.vouches = context.getBean(Vouches.class);
    }

    public static String freshEmail() {
        return "owner-" + UUID.randomUUID() + "@example.cn";
    }

    public Sme register() {
        String email = freshEmail();
        String name = "杭州测试制造有限公司 " + UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = organisations.register(new Registration(TenantKind.ENTERPRISE, name,
                TestCreditCodes.next(), "330110", "C34", "陈经理", email, PASSWORD));
        return new Sme(organisation.getId(), name, email, accounts.findForSignIn(email).orElseThrow());
    }

    /** A registered SME an authority vouched for: a real company, so it counts among its peers. */
    public Sme registerVouched() {
        Sme sme = register();
        vouch(sme.tenantId());
        return sme;
    }

    /** A test authority (created once) vouches for the SME. */
    public void vouch(String smeTenantId) {
        if (authority == null) {
            authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "测试经信局", "330110", "周处长",
                    "manager-" + UUID.randomUUID() + "@authority.cn", PASSWORD).getId();
        }
        TenantContext.runAs(authority, () -> vouches.vouch(smeTenantId));
    }

    public CreatedApiClient apiClient(Sme sme, Role role) {
        return TenantContext.callAs(sme.tenantId(),
                () -> SystemWork.call("test API client", () -> apiClients.create("Test client", Set.of(role), TenantKind.ENTERPRISE)));
    }
}
