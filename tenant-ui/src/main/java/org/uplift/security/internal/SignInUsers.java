package org.uplift.security.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.uplift.identity.Accounts;

/** The embedded issuer's users, from MongoDB; only {@link ThrottledSignIn} asks for them. */
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
                .authorities(account.roles().stream().map(r -> "ROLE_" + r.name()).toArray(String[]::new))
                .build();
    }
}
