package org.uplift.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.uplift.identity.Accounts;

/**
 * The embedded issuer's users, from MongoDB, and the guard against guessing: each failed password
 * counts against the account, and a locked account is refused before its password is even checked.
 */
final class SignInUsers implements UserDetailsService {

    private final Accounts accounts;

    SignInUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findForSignIn(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.locked())
                .authorities(account.roles().stream().map(r -> "ROLE_" + r.name()).toArray(String[]::new))
                .build();
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        accounts.recordFailedSignIn(failure.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (!(success.getAuthentication() instanceof JwtAuthenticationToken)
                && success.getAuthentication().getPrincipal() instanceof UserDetails user) {
            accounts.recordSuccessfulSignIn(user.getUsername());
        }
    }

}
