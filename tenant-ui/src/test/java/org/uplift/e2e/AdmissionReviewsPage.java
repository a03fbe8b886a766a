package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 入库评审, {@code /admission/reviews} (ReviewListView): the expert reviews offered to the reviewer's groups. */
final class AdmissionReviewsPage extends PageObject {

    static final String PATH = "/admission/reviews";

    AdmissionReviewsPage(WebDriver driver) {
        super(driver);
    }

    AdmissionReviewsPage waitUntilShown() {
        visible(By.id("review-list"));
        settle();
        return this;
    }

    /**
     * Reloads the list until the provider's application is offered (its process reaches the review in a job
     * of its own) and returns the application's id.
     */
    String waitForApplicationFrom(String providerName) {
        WebElement row = wait.until(d -> {
            d.navigate().refresh();
            waitUntilShown();
            return d.findElements(By.cssSelector("#review-list .review-item")).stream()
                    .filter(item -> item.getText().contains(providerName)).findFirst().orElse(null);
        });
        return row.getDomAttribute("data-application-id");
    }

    /** Claims the review and opens the application. */
    AdmissionReviewPage claimAndOpen(String applicationId) {
        click("review-claim-" + applicationId);
        wait.until(d -> d.findElement(By.cssSelector("[data-application-id='" + applicationId + "']")).getText()
                .contains("认领人"));
        visible(By.cssSelector("[data-application-id='" + applicationId + "'] a")).click();
        return new AdmissionReviewPage(driver).waitUntilShown();
    }
}
