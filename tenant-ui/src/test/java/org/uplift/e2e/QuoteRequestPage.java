package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One of the SME's quote requests, {@code /quotes/requests/<id>} (QuoteRequestView): the offers side by side. */
final class QuoteRequestPage extends PageObject {

    QuoteRequestPage(WebDriver driver) {
        super(driver);
    }

    QuoteRequestPage waitUntilShown() {
        visible(By.id("quote-request-status"));
        settle();
        return this;
    }

    private WebElement offer(String providerName) {
        return driver.findElements(By.cssSelector("#quote-comparison [id^='offer-']")).stream()
                .filter(card -> card.findElement(By.tagName("h3")).getText().trim().equals(providerName))
                .findFirst().orElse(null);
    }

    /** The card of one provider's offer, as text (status, price, lines, or the reason it declined). */
    String offerText(String providerName) {
        settle();
        return offer(providerName).getText();
    }

    /** Reloads until the provider's offer reads {@code statusLabel} (e.g. 已报价, 已谢绝). */
    QuoteRequestPage waitForOffer(String providerName, String statusLabel) {
        wait.until(d -> {
            d.navigate().refresh();
            waitUntilShown();
            WebElement card = offer(providerName);
            return card != null && card.getText().contains(statusLabel);
        });
        return this;
    }

    String status() {
        return textOf("quote-request-status");
    }

    /** Accepts the provider's answer and confirms; the engagement's page follows. */
    EngagementPage accept(String providerName) {
        settle();
        WebElement accept = offer(providerName).findElement(By.cssSelector("vaadin-button[id^='accept-']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", accept);
        accept.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")))
                .click();
        wait.until(ExpectedConditions.urlContains("/engagements/"));
        return new EngagementPage(driver).waitUntilShown();
    }
}
