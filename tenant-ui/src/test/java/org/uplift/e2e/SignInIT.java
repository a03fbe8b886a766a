package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.uplift.demo.DemoCredentials;
import org.uplift.security.UiLanguage;

/** Signing in against the embedded issuer with the demo logins, and who may open Camunda Cockpit. */
@TestPropertySource(properties = "uplift.demo.enabled=true")
class SignInIT extends EndToEndTest {

    /** The password of every demo login but the platform admin's, as the README lists it. */
    private static final String DEMO_PASSWORD = "Uplift-demo-2026";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    @Autowired
    MessageSource messages;
    /** The platform admin's password is generated at seeding; this context seeded it. */
    @Autowired
    DemoCredentials demo;

    @Test
    void wrong_password_is_refused_in_the_users_language() {
        open("/");
        var login = loginPage().waitUntilShown();
        assertThat(login.language()).isEqualTo("zh-CN");
        assertThat(login.signInFailing("member@sme.demo", "not-the-password"))
                .isEqualTo(messages.getMessage("login.error.failed", null, UiLanguage.CHINESE));
        assertThat(login.isShown()).isTrue();

        open(IssuerLoginPage.PATH + "?lang=en");
        assertThat(login.waitUntilShown().language()).isEqualTo("en");
        assertThat(login.signInFailing("member@sme.demo", "still-not-the-password"))
                .isEqualTo(messages.getMessage("login.error.failed", null, UiLanguage.ENGLISH))
                .startsWith("Wrong e-mail address or password");
        assertThat(login.isShown()).isTrue();
    }

    @Test
    void platform_admin_reaches_camunda_cockpit_and_an_sme_owner_gets_403() {
        signIn("admin@platform.demo", demo.platformAdminPassword().orElseThrow());
        open(COCKPIT);
        // Signed in to Cockpit by the platform login: its dashboard, not its own login form or setup page.
        var wait = new WebDriverWait(driver(), Duration.ofSeconds(30));
        wait.until(ExpectedConditions.titleIs("Camunda Cockpit"));
        wait.until(ExpectedConditions.urlContains(COCKPIT + "#/dashboard"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
                "admin@platform.demo"));
        assertThat(statusOf(COCKPIT)).isEqualTo(200);

        chromium.forgetSession();
        signIn("owner@sme.demo", DEMO_PASSWORD);
        assertThat(shell().currentUser()).isEqualTo("陈明远");
        assertThat(statusOf(COCKPIT)).isEqualTo(403);
        open(COCKPIT);
        assertThat(driver().getTitle()).doesNotContain("Cockpit");
        assertThat(driver().findElement(By.tagName("body")).getText()).contains("403");
    }

    /** The HTTP status the browser gets for a path with its current session. */
    private long statusOf(String path) {
        return (Long) ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})
                    .then(response => done(response.status), () => done(-1));""", baseUrl() + path);
    }
}
