package org.uplift.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/** The current tenant's team: who is in it, invitations, roles, removal. */
@Service
public class Team {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final MongoTemplate mongo;
    private final LiveAccess live;
    private final Actors actors;
    private final ApiClients apiClients;
    private final Clock clock;

    public static final String OWNER_MANAGES = "validation.member.ownerManages";

    Team(UserAccountRepository users, MembershipRepository memberships, InvitationRepository invitations,
            Accounts accounts, ApplicationEventPublisher events, MongoTemplate mongo, LiveAccess live, Actors actors,
            ApiClients apiClients, Clock clock) {
        this.mongo = mongo;
        this.actors = actors;
        this.apiClients = apiClients;
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    public List<TeamMember> members() {
        List<Membership> all = memberships.findAllByOrderBySinceAsc();
        Map<String, UserAccount> byId = users.findByIdIn(all.stream().map(Membership::getUserId).toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        return all.stream().filter(m -> byId.containsKey(m.getUserId()))
                .map(m -> {
                    UserAccount u = byId.get(m.getUserId());
                    return new TeamMember(u.getId(), u.getDisplayName(), u.getUsername(), m.getRoles(), m.getSince());
                }).toList();
    }

    /** Whether the user is a member of the current tenant's team. */
    public boolean isMember(String userId) {
        return userId != null && memberships.findByUserId(userId).isPresent();
    }

    /** Owners only; the invitation names the live owner who made it. */
    public InvitationLink invite(String email, Set<Role> roles, TenantKind kind) {
        String invitedBy = requireOwner("email").userId();
        Violations violations = new Violations();
        violations.check(email == null || email.isBlank() || email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "email", "validation.email.invalid");
        checkRoles(roles, kind, violations);
        violations.throwIfAny();
        String token = SecretTokens.newToken();
        var invitation = invitations.insert(new Invitation(SecretTokens.sha256(token),
                email == null || email.isBlank() ? null : UserAccount.normalise(email), roles, invitedBy,
                clock.instant().plus(INVITATION_VALIDITY)));
        var link = new InvitationLink(invitation.getId(), token, invitation.getExpiresAt());
        if (invitation.getEmail() != null) {
            events.publishEvent(new InvitationSent(TenantContext.require(), invitation.getEmail(), link.path(),
                    link.expiresAt()));
        }
        return link;
    }

    public List<Invitation> openInvitations() {
        return invitations.findByAcceptedAtIsNullOrderByExpiresAtDesc().stream()
                .filter(i -> i.isUsable(clock.instant())).toList();
    }

    /** Owners only. */
    public void withdraw(String invitationId) {
        requireOwner("invitationId");
        invitations.deleteById(invitationId);
    }

    /** Looks up an invitation from its link; used by the anonymous accept page. */
    public Invitation pendingInvitation(String token) {
        Invitation invitation = CrossTenantAccess.call("invitation link look-up",
                () -> invitations.findByTokenHash(SecretTokens.sha256(token == null ? "" : token)))
                .orElseThrow(() -> new InputRejectedException(Violation.of("token", "validation.invitation.unknown")));
        if (invitation.getAcceptedAt() != null) {
            throw new InputRejectedException(Violation.of("token", "validation.invitation.used"));
        }
        if (!invitation.isUsable(clock.instant())) {
            throw new InputRejectedException(Violation.of("token", "validation.invitation.expired"));
        }
        return invitation;
    }

    /**
     * Joins the inviting tenant with a new account; the link is then spent. The link is claimed by one
     * conditional update (still unaccepted and unexpired), so of parallel accepts exactly one wins; the
     * claim is given back if the account cannot be created after all.
     */
    public UserAccount accept(String token, String email, String displayName, String rawPassword) {
        Invitation invitation = pendingInvitation(token);
        return TenantContext.callAs(invitation.getTenantId(), () -> {
            Violations violations = new Violations();
            accounts.checkNewAccount(email, displayName, rawPassword, violations);
            violations.check(invitation.getEmail() == null || invitation.getEmail().equals(UserAccount.normalise(email)),
                    "email", "validation.invitation.otherEmail");
            violations.throwIfAny();
            var now = clock.instant();
            Invitation claimed = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(invitation.getId()).and("acceptedAt").is(null)
                            .and("expiresAt").gt(now)),
                    new Update().set("acceptedAt", now), FindAndModifyOptions.options().returnNew(true),
                    Invitation.class);
            if (claimed == null) {
                throw new InputRejectedException(Violation.of("token", "validation.invitation.used"));
            }
            try {
                return accounts.create(email, displayName, rawPassword, claimed.getRoles());
            } catch (RuntimeException notCreated) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.getId()).and("acceptedAt").is(now)),
                        new Update().unset("acceptedAt"), Invitation.class);
                throw notCreated;
            }
        });
    }

    /**
     * Owners only; takes effect on the member's next request. A member who stops being an owner loses the
     * API clients they created (revoked: they may still hold the secrets).
     */
    public void changeRoles(String userId, Set<Role> roles, TenantKind kind) {
        requireOwner("roles");
        Violations violations = new Violations();
        checkRoles(roles, kind, violations);
        Membership membership = memberships.findByUserId(userId)
                .orElseThrow(() -> new InputRejectedException(Violation.of("userId", "validation.member.unknown")));
        boolean losesOwnership = membership.isOwner() && roles.stream().noneMatch(Role::isOwner);
        violations.check(!losesOwnership || ownerCount() > 1, "roles", "validation.member.lastOwner");
        violations.throwIfAny();
        membership.setRoles(roles);
        memberships.save(membership);
        live.evictMember(userId); // the member's next request sees the new roles
        if (losesOwnership) {
            apiClients.revokeCreatedBy(userId);
        }
    }

    /**
     * Owners only, never oneself or the last owner; the member's next request is refused (sessions and
     * tokens included), and the API clients they created are revoked.
     */
    public void remove(String userId) {
        String actingUserId = requireOwner("userId").userId();
        Membership membership = memberships.findByUserId(userId)
                .orElseThrow(() -> new InputRejectedException(Violation.of("userId", "validation.member.unknown")));
        Violations violations = new Violations();
        violations.check(!userId.equals(actingUserId), "userId", "validation.member.removeSelf");
        violations.check(!membership.isOwner() || ownerCount() > 1, "userId", "validation.member.lastOwner");
        violations.throwIfAny();
        memberships.delete(membership);
        users.deleteById(userId);
        live.evictMember(userId); // the member's next request is refused
        apiClients.revokeCreatedBy(userId);
    }

    private Actor requireOwner(String field) {
        Actor actor = actors.current();
        if (!actor.isOwner()) {
            throw new InputRejectedException(Violation.of(field, OWNER_MANAGES));
        }
        return actor;
    }

    private long ownerCount() {
        return memberships.findAll().stream().filter(Membership::isOwner).count();
    }

    private static void checkRoles(Set<Role> roles, TenantKind kind, Violations violations) {
        violations.check(roles != null && !roles.isEmpty(), "roles", "validation.roles.required");
        if (roles != null && roles.stream().anyMatch(r -> r.kind() != kind)) {
            violations.add("roles", "validation.roles.wrongKind");
        }
    }

}
