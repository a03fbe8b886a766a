package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The shell around every signed-in page (MainLayout): organisation, user, language, logout. */
final class ShellPage extends PageObject {

    ShellPage(WebDriver driver) {
        super(driver);
    }

    String currentOrganisation() {
        return visible(By.id("current-organisation")).getText().trim();
    }

    String currentUser() {
        return visible(By.id("current-user")).getText().trim();
    }

    /** The route paths the navigation drawer offers, e.g. {@code api-clients}. */
    java.util.List<String> navigationPaths() {
        visible(By.cssSelector("vaadin-side-nav-item"));
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("path")).filter(java.util.Objects::nonNull).toList();
    }

    /** Follows an item of the navigation drawer (a client-side navigation: one Vaadin request to the server). */
    void navigateTo(String path) {
        settle();
        var item = visible(By.cssSelector("vaadin-side-nav-item[path='" + path + "']"));
        item.click();
    }

    /** Logs out of the UI and the issuer; the application then asks to sign in again. */
    IssuerLoginPage logout() {
        click("logout");
        return new IssuerLoginPage(driver).waitUntilShown();
    }
}
