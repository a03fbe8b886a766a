package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 为您推荐, {@code /recommendations} (RecommendationsView): packages closing the SME's gap, each with why. */
final class RecommendationsPage extends PageObject {

    static final String PATH = "/recommendations";

    RecommendationsPage(WebDriver driver) {
        super(driver);
    }

    /** Reloads until the package is among the recommendations (the SME's assessment may still be publishing). */
    RecommendationsPage waitForPackage(String packageId) {
        wait.until(d -> {
            d.navigate().refresh();
            settle();
            return present(By.cssSelector("#recommendations-list [data-package='" + packageId + "']"));
        });
        return this;
    }

    /** Why the package is recommended, in words. */
    String reason(String packageId) {
        return textOf("reason-" + packageId);
    }

    CataloguePackagePage open(String packageId) {
        click("package-name-" + packageId);
        return new CataloguePackagePage(driver).waitUntilShown();
    }
}
