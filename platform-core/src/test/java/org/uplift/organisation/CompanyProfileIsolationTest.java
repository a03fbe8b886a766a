package org.uplift.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.TestActors;
import org.uplift.tenancy.TenantIsolationContract;

@SpringBootTest
class CompanyProfileIsolationTest extends TenantIsolationContract {

    @Autowired
    CompanyProfiles profiles;
    @Autowired
    CompanyProfileRepository repository;

    @Override
    public String create() {
        return TestActors.asOwner("u1", () -> profiles.save(
                new CompanyProfileForm("C34", "330110", 120, new BigDecimal("8000"), "数控机床"))).getId();
    }

    @Override
    public Optional<?> read(String id) {
        return repository.findById(id);
    }

    @Override
    public List<String> listIds() {
        return repository.findAll().stream().map(CompanyProfile::getId).toList();
    }

    @Override
    public void change(String id) {
        TestActors.asOwner("intruder", () -> profiles.save(
                new CompanyProfileForm("C13", "330102", 5, BigDecimal.ONE, "别人的产品")));
    }

    @Override
    public Object snapshot(String id) {
        return repository.findById(id).map(p -> p.getIndustryCode() + p.getEmployees() + p.getMainProducts())
                .orElse(null);
    }

    @Override
    public void delete(String id) {
        repository.deleteById(id);
    }
}
