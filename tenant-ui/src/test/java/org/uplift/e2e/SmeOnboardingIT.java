package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.uplift.e2e.CompanyProfilePage.Profile;
import org.uplift.e2e.RegistrationPage.Sme;
import org.uplift.organisation.TestCreditCodes;

/** An SME's first visit, in a real browser: registration (confirmed by the mailed link), sign-in, company profile, next task, logout. */
@TestPropertySource(properties = "uplift.demo.enabled=false")
class SmeOnboardingIT extends EndToEndTest {

    @Test
    void an_sme_registers_signs_in_completes_its_profile_and_sees_the_next_task() {
        var sme = new Sme("杭州晨光精密机械有限公司", TestCreditCodes.next(), "330110", "C34", "王晨",
                "wang.chen@chenguang.example", STRONG_PASSWORD);
        var login = registerAndConfirm(sme);

        login.signIn(sme.email(), sme.password());
        var home = homePage().waitUntilShown().waitForTask("completeCompanyProfile");
        assertThat(shell().currentOrganisation()).isEqualTo(sme.name());
        assertThat(shell().currentUser()).isEqualTo(sme.ownerName());
        chromium.screenshot("home-after-sign-in");

        home = home.startTask("completeCompanyProfile")
                .fill(new Profile("C34", "330110", 86, new BigDecimal("4200.5"), "数控机床主轴、精密齿轮箱"))
                .save();

        home.waitForTask("startFirstAssessment");
        assertThat(home.hasTask("completeCompanyProfile")).isFalse();
        open(CompanyProfilePage.PATH);
        assertThat(profilePage().waitUntilShown().mainProducts()).isEqualTo("数控机床主轴、精密齿轮箱");

        shell().logout();
        open("/");
        assertThat(loginPage().waitUntilShown().isShown()).isTrue();
    }
}
