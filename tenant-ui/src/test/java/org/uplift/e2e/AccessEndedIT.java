package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.uplift.security.UiLanguage;

/**
 * "Removing a member or changing roles takes effect on that person's next request": an owner changes the team in
 * one browser while the member is signed in in another. The member's next navigation ends the session and lands
 * on the sign-in page, which says why in the member's language.
 */
@TestPropertySource(properties = "uplift.demo.enabled=true")
class AccessEndedIT extends EndToEndTest {

    static final String DEMO_PASSWORD = "Uplift-demo-2026";

    /** The owner's browser; the member uses the class's first one. */
    @RegisterExtension
    static final HeadlessChromium owner = new HeadlessChromium("owner");

    @Autowired
    MessageSource messages;

    @Test
    void a_removed_member_is_signed_out_on_the_next_navigation_and_told_so() {
        owner.forgetSession();
        signIn("member@sme.demo", DEMO_PASSWORD);
        assertThat(shell().currentUser()).isEqualTo("李晓华");

        signIn(owner, "owner@sme.demo", DEMO_PASSWORD);
        open(owner, TeamPage.PATH);
        var team = new TeamPage(owner.driver()).waitUntilShown().remove("member@sme.demo");
        assertThat(team.lists("member@sme.demo")).isFalse();

        shell().navigateTo("assessments");
        var login = loginPage().waitUntilShown();
        assertThat(accessEndedMessage())
                .isEqualTo(messages.getMessage("login.error.accessRevoked", null, UiLanguage.CHINESE));
        assertThat(driver().findElements(By.id("open-tasks"))).isEmpty();

        open("/");
        assertThat(login.waitUntilShown().isShown()).isTrue();
        assertThat(driver().findElements(By.id("login-access-ended"))).as("the reason is told once").isEmpty();
    }

    @Test
    void a_member_whose_roles_changed_is_asked_to_sign_in_again_and_then_works_with_the_new_roles() {
        owner.forgetSession();
        signIn("consultant@provider.demo", DEMO_PASSWORD);
        assertThat(shell().navigationPaths()).doesNotContain("team");

        signIn(owner, "admin@provider.demo", DEMO_PASSWORD);
        open(owner, TeamPage.PATH);
        new TeamPage(owner.driver()).waitUntilShown().grant("consultant@provider.demo", "服务商管理员");

        shell().navigateTo("engagements");
        var login = loginPage().waitUntilShown();
        assertThat(accessEndedMessage())
                .isEqualTo(messages.getMessage("login.error.accessChanged", null, UiLanguage.CHINESE));

        login.signIn("consultant@provider.demo", DEMO_PASSWORD);
        homePage().waitUntilShown();
        assertThat(shell().navigationPaths()).as("an admin of the provider now").contains("team");
    }

    private String accessEndedMessage() {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver(), java.time.Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("login-access-ended"))).getText().trim();
    }
}
