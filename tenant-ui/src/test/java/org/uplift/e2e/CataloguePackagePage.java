package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One package of the catalogue, {@code /catalogue/<packageId>} (PackageView): its latest published version. */
final class CataloguePackagePage extends PageObject {

    CataloguePackagePage(WebDriver driver) {
        super(driver);
    }

    CataloguePackagePage waitUntilShown() {
        visible(By.id("package-title"));
        settle();
        return this;
    }

    String title() {
        return textOf("package-title");
    }

    String provider() {
        return textOf("package-provider");
    }

    NewQuoteRequestPage requestQuote() {
        click("package-request-quote");
        return new NewQuoteRequestPage(driver).waitUntilShown();
    }
}
