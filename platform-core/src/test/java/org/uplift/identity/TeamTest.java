package org.uplift.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.uplift.MovableClock;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
@Import(MovableClock.AsApplicationClock.class)
class TeamTest {

    @Autowired
    Team team;
    @Autowired
    Accounts accounts;
    @Autowired
    MovableClock clock;

    String tenant;
    String ownerId;

    @BeforeEach
    void anSmeWithItsOwner() {
        tenant = "tenant-" + UUID.randomUUID();
        ownerId = TenantContext.callAs(tenant, () -> accounts.create(email(), "陈总", "Strong-pass-2024",
                Set.of(Role.ENTERPRISE_OWNER)).getId());
    }

    static String email() {
        return "u-" + UUID.randomUUID() + "@example.cn";
    }

    <T> T asOwner(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> TestActors.asOwner(ownerId, work));
    }

    @Test
    void an_invited_colleague_joins_with_the_granted_roles_and_the_link_is_spent() {
        InvitationLink link = asOwner(() -> team.invite(null, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE));
        String email = email();

        team.accept(link.token(), email, "李工", "Strong-pass-2024");

        var joined = accounts.findForSignIn(email).orElseThrow();
        assertThat(joined.tenantId()).isEqualTo(tenant);
        assertThat(joined.roles()).containsExactly(Role.ENTERPRISE_MEMBER);
        assertThat(asOwner(team::members)).extracting(TeamMember::email).contains(email);
        assertThatThrownBy(() -> team.accept(link.token(), email(), "王工", "Strong-pass-2024"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("validation.invitation.used"));
    }

    @Test
    void parallel_accepts_of_one_link_make_exactly_one_member() throws Exception {
        InvitationLink link = asOwner(() -> team.invite(null, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE));
        int attempts = 12;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        team.accept(link.token(), email(), "李工", "Strong-pass-2024");
                        return "joined";
                    } catch (InputRejectedException refused) {
                        return refused.violations().get(0).messageKey();
                    }
                }));
            }
            start.countDown();
            var outcomes = new java.util.ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn("joined"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !"joined".equals(o)).containsOnly("validation.invitation.used");
            assertThat(asOwner(team::members)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_expired_invitation_is_refused_and_creates_no_account() {
        InvitationLink link = asOwner(() -> team.invite(null, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE));
        clock.advance(Team.INVITATION_VALIDITY.plus(Duration.ofMinutes(1)));
        String email = email();
        try {
            assertThatThrownBy(() -> team.accept(link.token(), email, "李工", "Strong-pass-2024"))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                            .extracting(Violation::messageKey).containsExactly("validation.invitation.expired"));
            assertThat(accounts.usernameTaken(email)).isFalse();
        } finally {
            clock.set(MovableClock.START);
        }
    }

    @Test
    void an_unknown_token_is_refused() {
        assertThatThrownBy(() -> team.accept("not-a-token", email(), "李工", "Strong-pass-2024"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("validation.invitation.unknown"));
    }

    @Test
    void a_weak_password_keeps_the_invitation_usable() {
        InvitationLink link = asOwner(() -> team.invite(null, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE));
        assertThatThrownBy(() -> team.accept(link.token(), email(), "李工", "weak"))
                .isInstanceOf(InputRejectedException.class);
        String email = email();
        team.accept(link.token(), email, "李工", "Strong-pass-2024");
        assertThat(accounts.usernameTaken(email)).isTrue();
    }

    @Test
    void roles_of_another_kind_of_tenant_cannot_be_granted() {
        assertThatThrownBy(() -> asOwner(() -> team.invite(null, Set.of(Role.PLATFORM_ADMIN), TenantKind.ENTERPRISE)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("validation.roles.wrongKind"));
    }

    @Test
    void the_last_owner_can_neither_be_demoted_nor_removed_and_nobody_removes_themselves() {
        String memberId = asOwner(() -> accounts.create(email(), "李工", "Strong-pass-2024", Set.of(Role.ENTERPRISE_MEMBER)).getId());

        assertThatThrownBy(() -> asOwner(() -> {
            team.changeRoles(ownerId, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE);
            return null;
        })).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> asOwner(() -> {
            team.remove(ownerId);
            return null;
        })).isInstanceOf(InputRejectedException.class);

        asOwner(() -> {
            team.remove(memberId);
            return null;
        });
        assertThat(asOwner(team::members)).extracting(TeamMember::userId).containsExactly(ownerId);
    }
}
