package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The start page, {@code /} (HomeView): the organisation and the open tasks, one card per task. */
final class HomePage extends PageObject {

    HomePage(WebDriver driver) {
        super(driver);
    }

    HomePage waitUntilShown() {
        visible(By.id("open-tasks"));
        settle();
        return this;
    }

    private static By task(String definitionKey) {
        return By.cssSelector("#open-tasks [data-task='" + definitionKey + "']");
    }

    HomePage waitForTask(String definitionKey) {
        visible(task(definitionKey));
        return this;
    }

    boolean hasTask(String definitionKey) {
        return present(task(definitionKey));
    }

    String taskText(String definitionKey) {
        return visible(task(definitionKey)).getText();
    }

    /** Clicks a task card's action button, e.g. the one that opens the company profile. */
    CompanyProfilePage startTask(String definitionKey) {
        click("task-action-" + definitionKey);
        return new CompanyProfilePage(driver).waitUntilShown();
    }
}
