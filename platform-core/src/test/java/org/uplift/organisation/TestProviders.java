package org.uplift.organisation;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/** Fresh digital service providers registered through the real services, each with a consultant. */
public final class TestProviders {

    /** A registered provider, its owner (PROVIDER_ADMIN) and one consultant, as sign-in sees them. */
    public record Provider(String tenantId, String name, SignInAccount admin, SignInAccount consultant) {
    }

    private final Organisations organisations;
    private final Accounts accounts;

    public TestProviders(ApplicationContext context) {
        this.organisations = context.getBean(Organisations.class);
        this.accounts = context.getBean(Accounts.class);
    }

    public Provider register() {
        String adminEmail = "provider-admin-" + UUID.randomUUID() + "@example.cn";
        String consultantEmail = "consultant-" + UUID.randomUUID() + "@example.cn";
        String name = "杭州测试数字科技有限公司 " + UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = organisations.register(new Registration(TenantKind.PROVIDER, name,
                TestCreditCodes.next(), "330106", null, "王顾问", adminEmail, TestSmes.PASSWORD));
        TenantContext.runAs(organisation.getId(), () -> accounts.create(consultantEmail, "李咨询师", TestSmes.PASSWORD,
                Set.of(Role.PROVIDER_CONSULTANT)));
        return new Provider(organisation.getId(), name, accounts.findForSignIn(adminEmail).orElseThrow(),
                accounts.findForSignIn(consultantEmail).orElseThrow());
    }
}
