package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** 报价请求 (incoming), {@code /quotes/incoming} (IncomingQuotesView): the provider's quotes, newest first. */
final class IncomingQuotesPage extends PageObject {

    static final String PATH = "/quotes/incoming";

    IncomingQuotesPage(WebDriver driver) {
        super(driver);
    }

    IncomingQuotesPage waitUntilShown() {
        visible(By.id("incoming-quotes"));
        settle();
        return this;
    }

    /** Opens the open quote the SME asked for (the row whose SME and need match). */
    AnswerQuotePage open(String smeName, String need) {
        clickRow("incoming-quotes", need);
        return new AnswerQuotePage(driver).waitUntilShown(smeName);
    }
}
