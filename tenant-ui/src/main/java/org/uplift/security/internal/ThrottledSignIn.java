package org.uplift.security.internal;

import java.util.UUID;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.uplift.identity.Accounts;
import org.uplift.identity.SignInThrottle;

/**
 * The issuer's only way to check a password. Every attempt is counted by {@link SignInThrottle}
 * before the password is looked at; a refused attempt costs the same bcrypt as a real check, and
 * unknown users get Spring's dummy check, so neither the answer nor its timing tells an unknown
 * e-mail, a wrong password and a throttled account apart. Whether the account is disabled is told
 * only to someone who knows its password.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    ThrottledSignIn(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        this.passwordCheck = new DaoAuthenticationProvider(new SignInUsers(accounts));
        this.passwordCheck.setPasswordEncoder(passwords);
        this.passwordCheck.setPreAuthenticationChecks(user -> { });
        this.passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (!throttle.admit(username, address)) {
            passwords.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            throw new LockedException("too many sign-in attempts");
        }
        Authentication signedIn = passwordCheck.authenticate(attempt);
        throttle.succeeded(username, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
