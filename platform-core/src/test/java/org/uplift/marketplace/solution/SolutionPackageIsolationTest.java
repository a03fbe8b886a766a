package org.uplift.marketplace.solution;

import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantIsolationContract;

/** A provider's packages (and their drafts) are its own: another provider can neither read, list, edit nor discard them. */
@SpringBootTest
class SolutionPackageIsolationTest extends TenantIsolationContract {

    @Autowired
    SolutionPackages packages;
    @Autowired
    SolutionPackageRepository repository;

    @Override
    public String create() {
        return ActingWithRole.as(Role.PROVIDER_ADMIN, "admin",
                () -> packages.create(content("设备管理平台", 3_000_000, scenario("SC08", 2))).getId());
    }

    @Override
    public Optional<?> read(String id) {
        return packages.find(id);
    }

    @Override
    public List<String> listIds() {
        return packages.mine().stream().map(SolutionPackage::getId).toList();
    }

    @Override
    public void change(String id) {
        ActingWithRole.as(Role.PROVIDER_ADMIN, "intruder",
                () -> packages.edit(id, content("别人的套餐", 1_000, scenario("SC01", 1))));
    }

    @Override
    public Object snapshot(String id) {
        return repository.findById(id).map(p -> p.current() + " " + p.getVersion()).orElse(null);
    }

    @Override
    public void delete(String id) {
        ActingWithRole.as(Role.PROVIDER_ADMIN, "intruder", () -> packages.discardDraft(id));
    }
}
