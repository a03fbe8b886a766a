package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One application under expert review, {@code /admission/reviews/<id>} (ReviewView), with the decision form. */
final class AdmissionReviewPage extends PageObject {

    /** admission.review.outcome.APPROVE as a Chinese-speaking reviewer reads it. */
    static final String APPROVE = "通过（进入公示）";

    AdmissionReviewPage(WebDriver driver) {
        super(driver);
    }

    AdmissionReviewPage waitUntilShown() {
        visible(By.id("application-details"));
        settle();
        return this;
    }

    String status() {
        return textOf("application-status");
    }

    /** Approves with a comment; the form goes once the decision is recorded (the public notice follows). */
    AdmissionReviewPage approve(String comment) {
        check("review-outcome", APPROVE);
        type("review-text", comment);
        click("review-decide");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("review-decide")));
        return this;
    }
}
