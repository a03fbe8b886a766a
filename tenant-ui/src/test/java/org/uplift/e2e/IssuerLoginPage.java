package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The embedded issuer's plain HTML sign-in page, {@code /idp/login}. */
final class IssuerLoginPage extends PageObject {

    static final String PATH = "/idp/login";

    IssuerLoginPage(WebDriver driver) {
        super(driver);
    }

    IssuerLoginPage waitUntilShown() {
        wait.until(ExpectedConditions.urlContains(PATH));
        visible(By.id("sign-in"));
        return this;
    }

    boolean isShown() {
        return currentPath().equals(PATH) && present(By.id("sign-in"));
    }

    void signIn(String email, String password) {
        var username = visible(By.id("username"));
        username.clear();
        username.sendKeys(email);
        var secret = visible(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    /** Signs in with the wrong password and waits for the page to say so. */
    String signInFailing(String email, String password) {
        signIn(email, password);
        wait.until(ExpectedConditions.urlContains("error="));
        return errorText();
    }

    String errorText() {
        return visible(By.id("login-error")).getText().trim();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }
}
