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

/** Roles as the membership and API client say now: team changes take effect on the next look-up. */
@SpringBootTest
@Import(MovableClock.AsApplicationClock.class)
class LiveAccessTest {

    @Autowired
    LiveAccess live;
    @Autowired
    Team team;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiClients clients;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    MovableClock clock;

    final String tenant = "tenant-" + UUID.randomUUID();
    String ownerId;
    String memberId;

    @BeforeEach
    void aTeamOfTwo() {
        ownerId = as(() -> accounts.create(TeamTest.email(), "陈总", "Strong-pass-2024", Set.of(Role.ENTERPRISE_OWNER))
                .getId());
        memberId = as(() -> accounts.create(TeamTest.email(), "小王", "Strong-pass-2024", Set.of(Role.ENTERPRISE_MEMBER))
                .getId());
    }

    <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> TestActors.asOwner(ownerId, work));
    }

    @Test
    void a_removed_member_is_gone_on_the_very_next_look_up() {
        assertThat(as(() -> live.member(memberId))).isPresent();

        as(() -> {
            team.remove(memberId);
            return null;
        });

        assertThat(as(() -> live.member(memberId))).isEmpty();
    }

    @Test
    void a_demoted_owner_is_no_owner_on_the_next_look_up() {
        as(() -> {
            team.changeRoles(memberId, Set.of(Role.ENTERPRISE_OWNER), TenantKind.ENTERPRISE);
            return null;
        });
        assertThat(as(() -> live.member(memberId)).orElseThrow().isOwner()).isTrue();

        as(() -> {
            team.changeRoles(ownerId, Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE);
            return null;
        });

        Actor demoted = as(() -> live.member(ownerId)).orElseThrow();
        assertThat(demoted.isOwner()).isFalse();
        assertThat(demoted.roles()).containsExactly(Role.ENTERPRISE_MEMBER);
    }

    @Test
    void a_change_made_behind_the_team_service_shows_once_the_short_cache_expires() {
        assertThat(as(() -> live.member(memberId))).isPresent();
        as(() -> {
            memberships.delete(memberships.findByUserId(memberId).orElseThrow());
            return null;
        });

        assertThat(as(() -> live.member(memberId))).as("reused within the cache time").isPresent();
        clock.advance(Duration.ofSeconds(5));
        assertThat(as(() -> live.member(memberId))).isEmpty();
    }

    @Test
    void a_revoked_client_is_gone_on_the_next_look_up_and_its_creator_is_recorded() {
        CreatedApiClient created = as(() -> TestActors.asOwner(ownerId,
                () -> clients.create("ERP", Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE)));
        assertThat(created.client().getCreatedBy()).isEqualTo(ownerId);
        assertThat(as(() -> live.client(created.clientId()))).hasValueSatisfying(a -> {
            assertThat(a.isClient()).isTrue();
            assertThat(a.roles()).containsExactly(Role.ENTERPRISE_MEMBER);
        });

        TenantContext.runAs(tenant, () -> TestActors.asOwner(ownerId, () -> clients.revoke(created.client().getId())));

        assertThat(as(() -> live.client(created.clientId()))).isEmpty();
    }

    @Test
    void only_owners_create_or_revoke_api_clients() {
        assertThatThrownBy(() -> as(() -> TestActors.asMember(memberId,
                () -> clients.create("ERP", Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly(ApiClients.OWNER_MANAGES));
        assertThat(as(clients::list)).isEmpty();
    }

    @Test
    void a_member_of_another_tenant_is_unknown_here() {
        assertThat(TenantContext.callAs("tenant-" + UUID.randomUUID(), () -> live.member(memberId))).isEmpty();
    }
}
