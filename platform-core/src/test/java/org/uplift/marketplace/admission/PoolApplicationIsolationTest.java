package org.uplift.marketplace.admission;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantIsolationContract;

/**
 * A provider's applications are its own: another provider can neither read, list, answer for nor delete them
 * (the authority's access is by id through PoolApplications, see PoolApplicationsTest).
 */
@SpringBootTest
class PoolApplicationIsolationTest extends TenantIsolationContract {

    @Autowired
    PoolApplications applications;
    @Autowired
    PoolApplicationRepository repository;
    @Autowired
    ApplicationContext context;

    String authority;

    @BeforeEach
    void anAuthority() {
        authority = new AdmissionFixture(context).authority();
    }

    @Override
    public String create() {
        return ActingWithRole.as(Role.PROVIDER_ADMIN, "admin",
                () -> applications.submit(authority, AdmissionFixture.form()).getId());
    }

    @Override
    public Optional<?> read(String id) {
        return ActingWithRole.as(Role.PROVIDER_ADMIN, "admin", () -> applications.find(id));
    }

    @Override
    public List<String> listIds() {
        return applications.mine().stream().map(PoolApplication::getId).toList();
    }

    @Override
    public void change(String id) {
        ActingWithRole.as(Role.PROVIDER_ADMIN, "intruder", () -> applications.answer(id, "别人的回答"));
    }

    @Override
    public void delete(String id) {
        repository.deleteById(id);
    }
}
