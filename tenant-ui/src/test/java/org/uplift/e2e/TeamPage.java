package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 团队成员, {@code /team} (TeamView): the members with their roles, removal and invitations; owners only. */
final class TeamPage extends PageObject {

    static final String PATH = "/team";

    TeamPage(WebDriver driver) {
        super(driver);
    }

    TeamPage waitUntilShown() {
        visible(By.id("members"));
        visible(By.cssSelector("#members vaadin-grid-cell-content"));
        settle();
        return this;
    }

    boolean lists(String email) {
        settle();
        return driver.findElements(By.cssSelector("#members vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(email));
    }

    /** Removes the member with this e-mail address (there is no confirmation) and waits until the row is gone. */
    TeamPage remove(String email) {
        WebElement button = inRow("members", email, "vaadin-button");
        button.click();
        settle();
        wait.until(d -> !lists(email));
        return this;
    }

    /** Ticks one more role for the member with this e-mail address (saved at once). */
    TeamPage grant(String email, String roleLabel) {
        WebElement roles = inRow("members", email, "vaadin-checkbox-group");
        WebElement checkbox = roles.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(candidate -> roleLabel.equals(candidate.getText().trim())).findFirst().orElseThrow();
        checkbox.findElement(By.tagName("label")).click();
        settle();
        wait.until(d -> checkbox.getDomAttribute("checked") != null);
        return this;
    }
}
