package org.uplift.security.internal;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a failed sign-in back to the login page. Unknown e-mail, wrong password and too many attempts
 * get one and the same answer; "disabled" is only ever said after the right password.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String loginPage;

    SignInFailureHandler(String loginPage) {
        this.loginPage = loginPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + loginPage + "?error=" + reason);
    }
}
