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
import java.util.ArrayList;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.uplift.UpliftTest;
import org.uplift.identity.LockoutProperties;
import org.uplift.organisation.TestSmes;

/**
 * The embedded issuer's sign-in form against password guessing and against finding out which e-mail
 * addresses have an account: a wrong password, an unknown e-mail and a locked account all get the same
 * answer; after five attempts from one address even the right password is refused there.
 */
@UpliftTest
class SignInLockoutTest {

    static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
    static final String REFUSED = "/idp/login?error=bad";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    LockoutProperties limits;

    HttpClient browser;
    TestSmes smes;

    @BeforeEach
    void aFreshBrowser() {
        browser = newBrowser();
        smes = new TestSmes(context);
    }

    static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Opens the sign-in page in {@code browser} and returns the form's CSRF field as "name=value". */
    String csrfField(HttpClient browser) throws IOException, InterruptedException {
        var page = browser.send(HttpRequest.newBuilder(uri("/idp/login")).build(), BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF field on the sign-in page").isTrue();
        return csrf.group(1) + "=" + encode(csrf.group(2));
    }

    /** Posts the form as the page offers it and returns where the issuer redirects. */
    String post(HttpClient browser, String csrfField, String username, String password)
            throws IOException, InterruptedException {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&" + csrfField;
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/idp/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    String signIn(String username, String password) throws IOException, InterruptedException {
        return post(browser, csrfField(browser), username, password);
    }

    String page(String pathAndQuery, String header, String value) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(pathAndQuery));
        if (header != null) {
            request.header(header, value);
        }
        return browser.send(request.build(), BodyHandlers.ofString()).body();
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
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() throws Exception {
        var sme = smes.register();
        assertThat(signIn(sme.ownerEmail(), "Wrong-pass-0000")).endsWith(REFUSED);
        assertThat(signIn(TestSmes.freshEmail(), "Wrong-pass-0000")).endsWith(REFUSED);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_with_the_same_answer() throws Exception {
        var sme = smes.register();
        for (int attempt = 1; attempt <= limits.maxFailures(); attempt++) {
            assertThat(signIn(sme.ownerEmail(), "Wrong-pass-000" + attempt)).as("attempt %d", attempt)
                    .endsWith(REFUSED);
        }

        assertThat(signIn(sme.ownerEmail(), TestSmes.PASSWORD)).endsWith(REFUSED);
    }

    @Test
    void four_wrong_passwords_and_then_the_right_one_sign_in() throws Exception {
        var sme = smes.register();
        for (int attempt = 1; attempt < limits.maxFailures(); attempt++) {
            signIn(sme.ownerEmail(), "Wrong-pass-000" + attempt);
        }
        assertThat(signIn(sme.ownerEmail(), TestSmes.PASSWORD)).doesNotContain("error");
    }

    @Test
    void of_fifty_parallel_wrong_passwords_only_five_are_checked_and_the_account_is_then_locked() throws Exception {
        var sme = smes.register();
        Queue<String> checked = new ConcurrentLinkedQueue<>();
        ApplicationListener<ApplicationEvent> passwordChecks = event -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent failure
                    && sme.ownerEmail().equals(failure.getAuthentication().getName())) {
                checked.add(String.valueOf(failure.getAuthentication().getCredentials()));
            }
        };
        var app = (ConfigurableApplicationContext) context;
        app.addApplicationListener(passwordChecks);
        int attempts = 50;
        var pool = Executors.newFixedThreadPool(attempts);
        try {
            var browsers = new ArrayList<HttpClient>();
            var forms = new ArrayList<String>();
            for (int i = 0; i < attempts; i++) {
                browsers.add(newBrowser());
                forms.add(csrfField(browsers.get(i)));
            }
            var start = new CountDownLatch(1);
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(browsers.get(n), forms.get(n), sme.ownerEmail(), "Wrong-pass-" + n);
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(120, TimeUnit.SECONDS)).endsWith(REFUSED);
            }

            assertThat(checked).as("passwords actually checked").hasSizeLessThanOrEqualTo(limits.maxFailures());
            assertThat(signIn(sme.ownerEmail(), TestSmes.PASSWORD)).endsWith(REFUSED);
        } finally {
            pool.shutdownNow();
            app.removeApplicationListener(passwordChecks);
        }
    }

    @Test
    void every_refusal_shows_the_same_message_whatever_the_link_says() throws Exception {
        String expected = messages.getMessage("login.error.failed", null, Locale.ENGLISH);
        for (String error : new String[] {"bad", "locked", "anything"}) {
            assertThat(page("/idp/login?lang=en&error=" + error, null, null)).as(error)
                    .contains("id=\"login-error\">" + expected.replace("'", "&#39;") + "</div>");
        }
    }

    @Test
    void script_in_the_forwarded_prefix_the_language_or_the_error_is_printed_as_text() throws Exception {
        String script = "<script>alert(1)</script>";
        String body = page("/idp/login?lang=" + encode(script) + "&error=" + encode(script), "X-Forwarded-Prefix",
                "/x\">" + script);

        assertThat(body).doesNotContain(script).doesNotContain("x\">");
    }
}
