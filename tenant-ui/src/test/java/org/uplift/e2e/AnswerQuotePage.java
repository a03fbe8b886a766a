package org.uplift.e2e;

import java.math.BigDecimal;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One of the provider's quotes, {@code /quotes/incoming/<quoteId>} (AnswerQuoteView): claim, then answer (one cost
 * line and one milestone here, typed in yuan) or decline with a reason.
 */
final class AnswerQuotePage extends PageObject {

    /** An answer: one cost line for the whole total, a timeline in weeks, one milestone. */
    record Answer(String costCategoryLabel, BigDecimal totalYuan, String lineDescription, String scope, int weeks,
            String milestoneTitle, int milestoneDueInDays, String milestoneDeliverable) {
    }

    AnswerQuotePage(WebDriver driver) {
        super(driver);
    }

    AnswerQuotePage waitUntilShown(String smeName) {
        wait.until(d -> d.findElements(By.tagName("h2")).stream().anyMatch(h -> h.getText().contains(smeName)));
        settle();
        return this;
    }

    AnswerQuotePage claim() {
        click("claim-quote");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-quote")));
        return this;
    }

    /** Answers; the form goes once the answer is stored (the page then shows the quote as answered). */
    AnswerQuotePage answer(Answer answer) {
        WebElement line = visible(By.id("quote-cost-lines"));
        choose(line.findElement(By.tagName("vaadin-select")), answer.costCategoryLabel());
        typeInto(line.findElement(By.tagName("vaadin-big-decimal-field")), answer.totalYuan().toPlainString());
        typeInto(line.findElement(By.tagName("vaadin-text-field")), answer.lineDescription());
        type("quote-total", answer.totalYuan().toPlainString());
        type("quote-scope", answer.scope());
        type("quote-weeks", Integer.toString(answer.weeks()));
        WebElement milestone = visible(By.id("quote-milestones"));
        List<WebElement> texts = milestone.findElements(By.tagName("vaadin-text-field"));
        typeInto(texts.get(0), answer.milestoneTitle());
        typeInto(milestone.findElement(By.tagName("vaadin-integer-field")), Integer.toString(answer.milestoneDueInDays()));
        typeInto(texts.get(1), answer.milestoneDeliverable());
        click("submit-answer");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("submit-answer")));
        return this;
    }

    AnswerQuotePage decline(String reason) {
        type("decline-reason", reason);
        click("decline-quote");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decline-quote")));
        return this;
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
