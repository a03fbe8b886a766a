package org.uplift.e2e;

import java.math.BigDecimal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The SME's company profile, {@code /profile} and {@code /profile/<id>} (CompanyProfileView). */
final class CompanyProfilePage extends PageObject {

    static final String PATH = "/profile";

    /** The profile as entered; district and industry as catalogue codes. */
    record Profile(String industryCode, String districtCode, int employees, BigDecimal annualRevenue,
            String mainProducts) {
    }

    CompanyProfilePage(WebDriver driver) {
        super(driver);
    }

    CompanyProfilePage waitUntilShown() {
        visible(By.id("main-products"));
        settle();
        return this;
    }

    CompanyProfilePage fill(Profile profile) {
        pick("industry", profile.industryCode(), RegistrationPage.industryLabel(profile.industryCode()));
        pick("district", RegistrationPage.districtLabel(profile.districtCode()),
                RegistrationPage.districtLabel(profile.districtCode()));
        type("employees", Integer.toString(profile.employees()));
        type("annual-revenue", profile.annualRevenue().toPlainString());
        type("main-products", profile.mainProducts());
        return this;
    }

    /** Saves; the view then goes back to the home page. */
    HomePage save() {
        click("save-profile");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-profile")));
        return new HomePage(driver).waitUntilShown();
    }

    String mainProducts() {
        return valueOf("main-products");
    }

    /** Waits until the platform's translated "not found" page shows instead of a profile. */
    CompanyProfilePage waitUntilNotFound() {
        settle();
        wait.until(d -> present(By.id("not-found"))
                && d.findElement(By.id("not-found")).getText().contains("页面不存在"));
        return this;
    }

    boolean showsAnyProfileField() {
        return present(By.id("main-products")) || present(By.id("save-profile"));
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
