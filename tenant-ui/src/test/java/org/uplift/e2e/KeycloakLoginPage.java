package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keycloak's own sign-in page of a realm (its default login theme), not the platform's. */
final class KeycloakLoginPage extends PageObject {

    private final String issuerUri;

    KeycloakLoginPage(WebDriver driver, String issuerUri) {
        super(driver);
        this.issuerUri = issuerUri;
    }

    KeycloakLoginPage waitUntilShown() {
        wait.until(ExpectedConditions.urlContains(issuerUri + "/protocol/openid-connect/auth"));
        visible(By.id("kc-form-login"));
        return this;
    }

    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    void signIn(String username, String password) {
        var name = visible(By.id("username"));
        name.clear();
        name.sendKeys(username);
        var secret = visible(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }
}
