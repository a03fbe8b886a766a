package org.uplift.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.tenancy.TenantIsolationContract;
import org.uplift.tenancy.TenantKind;

@SpringBootTest
class InvitationIsolationTest extends TenantIsolationContract {

    @Autowired
    Team team;
    @Autowired
    InvitationRepository invitations;

    @Override
    public String create() {
        return TestActors.asOwner("owner", () -> team.invite(null, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE))
                .invitationId();
    }

    @Override
    public Optional<?> read(String id) {
        return invitations.findById(id);
    }

    @Override
    public List<String> listIds() {
        return team.openInvitations().stream().map(Invitation::getId).toList();
    }

    @Override
    public void change(String id) {
        invitations.findById(id).ifPresent(i -> {
            i.markAccepted(java.time.Instant.now());
            invitations.save(i);
        });
    }

    @Override
    public Object snapshot(String id) {
        return invitations.findById(id).map(i -> String.valueOf(i.getAcceptedAt())).orElse(null);
    }

    @Override
    public void delete(String id) {
        TestActors.asOwner("owner", () -> team.withdraw(id));
    }
}
