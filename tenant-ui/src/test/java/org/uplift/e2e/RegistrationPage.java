package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.security.UiLanguage;

/** Self-registration, {@code /register} (RegistrationView) and its confirmation (RegistrationConfirmView); labels as a Chinese-speaking visitor sees them. */
final class RegistrationPage extends PageObject {

    static final String PATH = "/register";

    /** What an SME enters; district and industry as catalogue codes. */
    record Sme(String name, String creditCode, String districtCode, String industryCode, String ownerName,
            String email, String password) {
    }

    RegistrationPage(WebDriver driver) {
        super(driver);
    }

    RegistrationPage waitUntilShown() {
        visible(By.id("register"));
        settle();
        return this;
    }

    RegistrationPage register(Sme sme) {
        type("organisation-name", sme.name());
        type("credit-code", sme.creditCode());
        pick("district", districtLabel(sme.districtCode()), districtLabel(sme.districtCode()));
        pick("industry", sme.industryCode(), industryLabel(sme.industryCode()));
        type("owner-name", sme.ownerName());
        type("email", sme.email());
        type("password", sme.password());
        click("register");
        return this;
    }

    /** Registers a digital service provider: its kind first (the industry field then disappears). */
    RegistrationPage registerProvider(Sme provider) {
        check("kind", "数字化服务商"); // kind.PROVIDER
        wait.until(d -> !d.findElement(By.id("industry")).isDisplayed());
        type("organisation-name", provider.name());
        type("credit-code", provider.creditCode());
        pick("district", districtLabel(provider.districtCode()), districtLabel(provider.districtCode()));
        type("owner-name", provider.ownerName());
        type("email", provider.email());
        type("password", provider.password());
        click("register");
        return this;
    }

    /** The form is replaced by "check your mailbox", whether or not the address had an account. */
    RegistrationPage waitUntilRequested() {
        visible(By.id("registration-requested"));
        return this;
    }

    /** On the page the mailed link opens ({@code /register/confirm/<token>}): confirms, waits for the result. */
    RegistrationPage confirm() {
        click("confirm-registration");
        visible(By.id("registration-done"));
        return this;
    }

    /** Follows the link to sign in, which ends on the issuer's sign-in page. */
    IssuerLoginPage toLogin() {
        click("to-login");
        return new IssuerLoginPage(driver).waitUntilShown();
    }

    static String districtLabel(String code) {
        return DistrictCatalog.displayName(code, UiLanguage.CHINESE);
    }

    static String industryLabel(String code) {
        return code + " " + IndustryCatalog.displayName(code, UiLanguage.CHINESE);
    }
}
