package org.uplift.subsidy.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.TestActors;
import org.uplift.tenancy.TenantIsolationContract;

/** An authority's claim cases are its own: another tenant never reads, lists, changes or deletes it. */
@SpringBootTest
class ClaimCaseIsolationTest extends TenantIsolationContract {

    @Autowired
    SubsidyClaims claims;
    @Autowired
    ClaimCaseRepository repository;

    @Override
    public String create() {
        ClaimCase claim = new ClaimCase();
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        claim.open(new SubsidyClaim.Opening(id, "authority", "sme", "杭州某制造有限公司", "provider", "programme",
                "试点", 2, 2_000_000, now, now, now.plusSeconds(3600)), now);
        repository.insert(claim);
        return id;
    }

    @Override
    public Optional<?> read(String id) {
        return TestActors.asOwner("owner", () -> claims.find(id));
    }

    @Override
    public List<String> listIds() {
        return repository.findAll().stream().map(SubsidyClaim::getApplicationId).toList();
    }

    @Override
    public void change(String id) {
        repository.findByApplicationId(id).ifPresent(repository::save);
    }

    @Override
    public void delete(String id) {
        repository.findByApplicationId(id).ifPresent(repository::delete);
    }
}
