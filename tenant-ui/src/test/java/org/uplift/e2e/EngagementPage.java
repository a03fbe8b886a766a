package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 服务项目, {@code /engagements} (EngagementsView, either party's list) and {@code /engagements/<id>}
 * (EngagementView): price, milestones to deliver and confirm, completion and the SME's rating.
 */
final class EngagementPage extends PageObject {

    static final String LIST_PATH = "/engagements";

    EngagementPage(WebDriver driver) {
        super(driver);
    }

    EngagementPage waitUntilShown() {
        visible(By.id("engagement-price"));
        settle();
        return this;
    }

    /** On the list: opens the engagement with the other party of this name. */
    EngagementPage openWith(String otherParty) {
        visible(By.id("engagements"));
        clickRow("engagements", otherParty);
        return waitUntilShown();
    }

    String price() {
        return textOf("engagement-price");
    }

    String milestoneState(int index) {
        return textOf("milestone-state-" + index);
    }

    /** Reloads until the milestone reads {@code stateLabel} (the other party's step reaches this copy). */
    EngagementPage waitForMilestone(int index, String stateLabel) {
        wait.until(d -> {
            d.navigate().refresh();
            waitUntilShown();
            return stateLabel.equals(milestoneState(index));
        });
        return this;
    }

    /** The provider delivers a milestone with a note. */
    EngagementPage deliver(int index, String note) {
        type("deliver-note-" + index, note);
        click("deliver-" + index);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("deliver-" + index)));
        return this;
    }

    /** The SME's owner confirms a delivered milestone. */
    EngagementPage confirm(int index) {
        click("confirm-" + index);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-" + index)));
        return this;
    }

    EngagementPage complete() {
        click("complete-engagement");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("complete-engagement")));
        return this;
    }

    /** The SME's owner rates the provider (once). */
    EngagementPage rate(int stars, String comment) {
        choose("rating-stars", stars + " 星");
        type("rating-comment", comment);
        click("rate-engagement");
        visible(By.id("engagement-rating"));
        return this;
    }

    String rating() {
        return textOf("engagement-rating");
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
