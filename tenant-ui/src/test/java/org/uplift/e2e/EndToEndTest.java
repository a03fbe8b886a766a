package org.uplift.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.uplift.UpliftApplication;
import org.uplift.organisation.RegistrationConfirmationRequested;

/**
 * The running application on a random port, with its own fresh data directory (embedded MongoDB and
 * Camunda's H2 inside it), driven by one headless Chromium per test class. The context is closed
 * after the class, so the next class starts from empty data. Each test starts without a session.
 */
@SpringBootTest(classes = UpliftApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "uplift.demo.peers=false") // the synthetic peers only where a test needs them
abstract class EndToEndTest {

    static final String STRONG_PASSWORD = "Strong-pass-2024";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path parent = Files.createDirectories(Path.of("target", "e2e-data"));
        Path dataDir = Files.createTempDirectory(parent, "run-").toAbsolutePath();
        registry.add("uplift.data-dir", dataDir::toString);
    }

    @Autowired
    ConfigurableApplicationContext application;

    /** The registration links as the mailer receives them (the tests have no SMTP server). */
    final Queue<RegistrationConfirmationRequested> mailed = new ConcurrentLinkedQueue<>();
    private final ApplicationListener<ApplicationEvent> mailbox = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof RegistrationConfirmationRequested request) {
            mailed.add(request);
        }
    };

    @BeforeEach
    void startWithoutSession() {
        chromium.forgetSession();
        application.addApplicationListener(mailbox);
    }

    @AfterEach
    void stopListening() {
        application.removeApplicationListener(mailbox);
    }

    /** Registers through the form and follows the link mailed to the owner; ends on the sign-in page. */
    IssuerLoginPage registerAndConfirm(RegistrationPage.Sme sme) {
        open(RegistrationPage.PATH);
        registrationPage().waitUntilShown().register(sme).waitUntilRequested();
        return confirmMailedLink(sme);
    }

    /** As {@link #registerAndConfirm} for a digital service provider (the form without an industry). */
    IssuerLoginPage registerAndConfirmProvider(RegistrationPage.Sme provider) {
        open(RegistrationPage.PATH);
        registrationPage().waitUntilShown().registerProvider(provider).waitUntilRequested();
        return confirmMailedLink(provider);
    }

    private IssuerLoginPage confirmMailedLink(RegistrationPage.Sme sme) {
        String link = mailed.stream().filter(m -> m.email().equalsIgnoreCase(sme.email()))
                .map(RegistrationConfirmationRequested::path).reduce((first, last) -> last).orElseThrow();
        open(link);
        return registrationPage().confirm().toLogin();
    }

    WebDriver driver() {
        return chromium.driver();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Opens a path of the application, e.g. {@code /register}. */
    void open(String path) {
        driver().get(baseUrl() + path);
    }

    IssuerLoginPage loginPage() {
        return new IssuerLoginPage(driver());
    }

    RegistrationPage registrationPage() {
        return new RegistrationPage(driver());
    }

    HomePage homePage() {
        return new HomePage(driver());
    }

    CompanyProfilePage profilePage() {
        return new CompanyProfilePage(driver());
    }

    ShellPage shell() {
        return new ShellPage(driver());
    }

    /** Opens a path of the application in another browser of the class. */
    void open(HeadlessChromium browser, String path) {
        browser.driver().get(baseUrl() + path);
    }

    /** Signs in in another browser of the class (its own cookies: another person). */
    HomePage signIn(HeadlessChromium browser, String email, String password) {
        open(browser, "/");
        new IssuerLoginPage(browser.driver()).waitUntilShown().signIn(email, password);
        return new HomePage(browser.driver()).waitUntilShown();
    }

    /** Opens the application, which sends the visitor to the issuer's sign-in, and signs in. */
    HomePage signIn(String email, String password) {
        open("/");
        loginPage().waitUntilShown().signIn(email, password);
        return homePage().waitUntilShown();
    }
}
