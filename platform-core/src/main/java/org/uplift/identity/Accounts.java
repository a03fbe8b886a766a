package org.uplift.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/** User accounts: creating them and finding them for sign-in ({@link SignInThrottle} guards against guessing). */
@Service
public class Accounts {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(UserAccountRepository users, MembershipRepository memberships, PasswordEncoder passwords,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Checks a new account's input without writing anything; adds each problem to {@code violations}. */
    public void checkNewAccount(String username, String displayName, String rawPassword, Violations violations) {
        violations.requireText(displayName, "displayName");
        if (username == null || !username.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add("email", "validation.email.invalid");
        } else if (usernameTaken(username)) {
            violations.add("email", "validation.email.taken");
        }
        PasswordPolicy.check(rawPassword, username, "password", violations);
    }

    /** Creates an account with its membership in the current tenant. */
    public UserAccount create(String username, String displayName, String rawPassword, Set<Role> roles) {
        Violations violations = new Violations();
        checkNewAccount(username, displayName, rawPassword, violations);
        violations.throwIfAny();
        return insert(username, displayName, passwords.encode(rawPassword), roles);
    }

    /** The stored form of a password that has passed {@link #checkNewAccount}. */
    public String hashPassword(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    /**
     * Creates an account whose password was checked and hashed earlier ({@link #hashPassword}), e.g. when
     * a registration is confirmed from its mail.
     */
    public UserAccount createWithHash(String username, String displayName, String passwordHash, Set<Role> roles) {
        Violations violations = new Violations();
        violations.requireText(displayName, "displayName");
        violations.check(!usernameTaken(username), "email", "validation.email.taken");
        violations.throwIfAny();
        return insert(username, displayName, passwordHash, roles);
    }

    private UserAccount insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        UserAccount account;
        try {
            account = users.insert(new UserAccount(username, displayName.trim(), passwordHash, clock.instant()));
        } catch (DuplicateKeyException raced) {
            throw new InputRejectedException(Violation.of("email", "validation.email.taken"));
        }
        memberships.insert(new Membership(account.getId(), roles, clock.instant()));
        return account;
    }

    /**
     * A registration named an address that already has an account: costs the same password hashing a
     * new account would, creates nothing, and announces {@link RegistrationForKnownEmail} so the
     * account's owner is told (the registrant is not).
     */
    public void registrationForKnownEmail(String username, String rawPassword) {
        passwords.encode(rawPassword == null ? "" : rawPassword);
        findByUsername(username).ifPresent(user -> events.publishEvent(new RegistrationForKnownEmail(
                user.getTenantId(), user.getId(), user.getUsername(), user.getLocale())));
    }

    public boolean usernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    public Optional<SignInAccount> findForSignIn(String username) {
        return findByUsername(username).map(user -> TenantContext.callAs(user.getTenantId(), () -> {
            Set<Role> roles = memberships.findByUserId(user.getId()).map(Membership::getRoles).orElse(Set.of());
            return new SignInAccount(user.getId(), user.getTenantId(), user.getUsername(), user.getDisplayName(),
                    user.getPasswordHash(), user.getLocale(), roles, user.isEnabled());
        }));
    }

    /** The signed-in user's own account, in the current tenant. */
    public Optional<UserAccount> current(String userId) {
        return users.findById(userId);
    }

    public void changeLocale(String userId, String locale) {
        users.findById(userId).ifPresent(user -> {
            user.setLocale(locale);
            users.save(user);
        });
    }

    /**
     * The display names of the given people, whichever tenant they belong to, for a record several tenants share
     * (an application's audit timeline). Only names: never the username, which is the e-mail address.
     */
    public Map<String, String> displayNames(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return CrossTenantAccess.call("display names of the people named on a shared record",
                () -> users.findByIdIn(userIds)).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    private Optional<UserAccount> findByUsername(String username) {
        String normalised = UserAccount.normalise(username);
        return CrossTenantAccess.call("sign-in look-up by username", () -> users.findByUsername(normalised));
    }
}
