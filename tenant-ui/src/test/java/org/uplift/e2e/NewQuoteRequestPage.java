package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 请求报价, {@code /quotes/new/<packageId>} (NewQuoteRequestView): the package's provider is picked already. */
final class NewQuoteRequestPage extends PageObject {

    NewQuoteRequestPage(WebDriver driver) {
        super(driver);
    }

    NewQuoteRequestPage waitUntilShown() {
        visible(By.id("quote-providers"));
        settle();
        return this;
    }

    /** The providers asked so far, as the chips of the picker show them. */
    java.util.List<String> providers() {
        settle();
        return driver.findElements(By.cssSelector("#quote-providers vaadin-multi-select-combo-box-chip:not([slot='overflow'])"))
                .stream().map(chip -> chip.getDomAttribute("label") != null ? chip.getDomAttribute("label")
                        : chip.getText().trim()).filter(text -> !text.isEmpty()).toList();
    }

    NewQuoteRequestPage alsoAsk(String providerName) {
        pickAlso("quote-providers", providerName, providerName);
        return this;
    }

    NewQuoteRequestPage describe(String need) {
        type("quote-description", need);
        return this;
    }

    /** Sends the request (owners only); the request's page follows. */
    QuoteRequestPage send() {
        click("send-quote-request");
        wait.until(ExpectedConditions.urlContains("/quotes/requests/"));
        return new QuoteRequestPage(driver).waitUntilShown();
    }
}
