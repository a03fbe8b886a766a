package org.uplift.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.tenancy.TenantIsolationContract;

@SpringBootTest
class UserAccountIsolationTest extends TenantIsolationContract {

    @Autowired
    Accounts accounts;
    @Autowired
    Team team;
    @Autowired
    UserAccountRepository users;

    @Override
    public String create() {
        return accounts.create("u" + UUID.randomUUID() + "@example.cn", "王工", "Secret-pass-2024",
                Set.of(Role.ENTERPRISE_MEMBER)).getId();
    }

    @Override
    public Optional<?> read(String id) {
        return accounts.current(id);
    }

    @Override
    public List<String> listIds() {
        return users.findAll().stream().map(UserAccount::getId).toList();
    }

    @Override
    public void change(String id) {
        accounts.changeLocale(id, "en");
    }

    @Override
    public Object snapshot(String id) {
        return accounts.current(id).map(u -> u.getLocale() + u.getDisplayName()).orElse(null);
    }

    @Override
    public void delete(String id) {
        TestActors.asOwner("someone-else", () -> team.remove(id));
    }
}
