package org.uplift.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.tenancy.TenantIsolationContract;
import org.uplift.tenancy.TenantKind;

@SpringBootTest
class MembershipIsolationTest extends TenantIsolationContract {

    @Autowired
    Accounts accounts;
    @Autowired
    Team team;
    @Autowired
    MembershipRepository memberships;

    @Override
    public String create() {
        accounts.create("owner" + UUID.randomUUID() + "@example.cn", "张总", "Secret-pass-2024",
                Set.of(Role.ENTERPRISE_OWNER));
        return accounts.create("m" + UUID.randomUUID() + "@example.cn", "李工", "Secret-pass-2024",
                Set.of(Role.ENTERPRISE_MEMBER)).getId();
    }

    @Override
    public Optional<?> read(String userId) {
        return memberships.findByUserId(userId);
    }

    @Override
    public List<String> listIds() {
        return team.members().stream().map(TeamMember::userId).toList();
    }

    @Override
    public void change(String userId) {
        TestActors.asOwner("owner", () -> team.changeRoles(userId, Set.of(Role.ENTERPRISE_OWNER), TenantKind.ENTERPRISE));
    }

    @Override
    public Object snapshot(String userId) {
        return memberships.findByUserId(userId).map(Membership::getRoles).orElse(null);
    }

    @Override
    public void delete(String userId) {
        TestActors.asOwner("someone-else", () -> team.remove(userId));
    }
}
