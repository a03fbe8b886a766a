package org.uplift.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.organisation.TestSmes;
import org.uplift.UpliftTest;

/**
 * The embedded issuer's sign-in form against password guessing: after five wrong passwords in a row
 * the account is locked, and even the right password is then refused.
 */
@UpliftTest
class SignInLockoutTest {

    static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    HttpClient browser;
    TestSmes smes;

    @BeforeEach
    void aFreshBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        smes = new TestSmes(context);
    }

    /** Posts the form as the page offers it (with its CSRF token) and returns where the issuer redirects. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        var page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/idp/login")).build(),
                BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&" + csrf.group(1) + "="
                + encode(csrf.group(2));
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/idp/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        var sme = smes.register();
        assertThat(signIn(sme.ownerEmail(), TestSmes.PASSWORD)).doesNotContain("error");
    }

    @Test
    void a_wrong_password_is_refused_as_bad_credentials() throws Exception {
        var sme = smes.register();
        assertThat(signIn(sme.ownerEmail(), "Wrong-pass-0000")).endsWith("/idp/login?error=bad");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_as_locked() throws Exception {
        var sme = smes.register();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(sme.ownerEmail(), "Wrong-pass-000" + attempt)).as("attempt %d", attempt)
                    .endsWith("/idp/login?error=bad");
        }

        assertThat(signIn(sme.ownerEmail(), TestSmes.PASSWORD)).endsWith("/idp/login?error=locked");
    }

    @Test
    void the_locked_page_explains_the_lock() throws Exception {
        var page = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/idp/login?error=locked&lang=en")).build(),
                BodyHandlers.ofString());
        assertThat(page.body()).contains("id=\"login-error\"").containsIgnoringCase("locked");
    }

    @Test
    void four_wrong_passwords_and_then_the_right_one_sign_in() throws Exception {
        var sme = smes.register();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(sme.ownerEmail(), "Wrong-pass-000" + attempt);
        }
        assertThat(signIn(sme.ownerEmail(), TestSmes.PASSWORD)).doesNotContain("error");
    }
}
