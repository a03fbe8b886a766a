package org.uplift.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.TestActors;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.tenancy.TenantIsolationContract;

/** An authority's cases are its own: another authority never reads, lists, changes or deletes them. */
@SpringBootTest
class ApplicationCaseIsolationTest extends TenantIsolationContract {

    @Autowired
    SubsidyApplications applications;
    @Autowired
    ApplicationCaseRepository repository;

    static SubsidyApplication.Draft draft() {
        return new SubsidyApplication.Draft("sme", "杭州某制造有限公司", "provider", "某数字科技", "engagement",
                "authority", "programme", "试点", TestQuotes.answer().costLines(), LocalDate.now(), null, "a", 2,
                "C34", "330110");
    }

    @Override
    public String create() {
        ApplicationCase copy = new ApplicationCase();
        String id = UUID.randomUUID().toString();
        copy.fill(id, draft(), "owner", Instant.now());
        repository.insert(copy);
        return id;
    }

    @Override
    public Optional<?> read(String id) {
        return TestActors.asOwner("owner", () -> applications.find(id));
    }

    @Override
    public List<String> listIds() {
        return TestActors.asOwner("owner", () -> applications.mine()).stream()
                .map(SubsidyApplication::getApplicationId).toList();
    }

    @Override
    public void change(String id) {
        repository.findAll().stream().filter(a -> id.equals(a.getApplicationId())).forEach(repository::save);
        repository.findByApplicationId(id).ifPresent(repository::save);
    }

    @Override
    public void delete(String id) {
        repository.findByApplicationId(id).ifPresent(repository::delete);
    }
}
